# adapted from test/test_jit.py::TestScript.test_clone
# inputs: [torch.zeros(2)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    y = x
    z = x.clone()
    y.add_(1)
    return x, y, z
