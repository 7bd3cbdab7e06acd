# adapted from test/jit/test_with.py::TestWith.test_with_no_grad (early return inside the block)
# inputs: [torch.ones(2, requires_grad=True)]
import torch


def f(x: torch.Tensor) -> bool:
    with torch.no_grad():
        y = x + 1
        return y.requires_grad
