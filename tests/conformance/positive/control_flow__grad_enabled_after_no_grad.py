# adapted from test/jit/test_with.py::TestWith.test_with_no_grad (grad mode restored)
# inputs: [torch.ones(2, requires_grad=True)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[bool, bool]:
    with torch.no_grad():
        a = x * 1
    b = x * 1
    return a.requires_grad, b.requires_grad
