# adapted from test/test_jit.py::TestScript.test_any_all_tensor
# inputs: [torch.tensor([0, 1, 2])]
import torch
from typing import List


def f(x: torch.Tensor) -> List[bool]:
    return [bool(x.any()), bool(x.all()), bool((x >= 0).all()), x.is_floating_point()]
