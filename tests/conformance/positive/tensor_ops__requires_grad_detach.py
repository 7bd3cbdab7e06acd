# adapted from test/test_jit.py::TestScript.test_requires_grad
# inputs: [torch.ones(2, requires_grad=True)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[bool, bool, bool]:
    y = x * 2
    return x.requires_grad, y.requires_grad, y.detach().requires_grad
