# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Default Types" (note: Python 3 type hints from the typing module)
# inputs: [3, (torch.rand(3), torch.rand(3))]
import torch
from typing import Tuple


def foo(x: int, tup: Tuple[torch.Tensor, torch.Tensor]) -> torch.Tensor:
    t0, t1 = tup
    return t0 + t1 + x
