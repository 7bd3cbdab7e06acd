# adapted from test/jit/test_isinstance.py::TestIsinstance.test_tensor
# inputs: [torch.ones(1)]
import torch


def f(x: torch.Tensor) -> bool:
    return isinstance(x, torch.Tensor)
