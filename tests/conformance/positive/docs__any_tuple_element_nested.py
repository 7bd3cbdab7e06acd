# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Any Type" (inc_first_element, second call: m((1, (100, 200))))
# inputs: [(1, (100, 200))]
import torch

from typing import Tuple
from typing import Any


@torch.jit.export
def inc_first_element(x: Tuple[int, Any]):
    return (x[0]+1, x[1])
