# adapted from test/jit/test_with.py::TestWith.test_with_no_grad
# inputs: [torch.ones(2, requires_grad=True)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, bool]:
    with torch.no_grad():
        y = x * 2
    return y, y.requires_grad
