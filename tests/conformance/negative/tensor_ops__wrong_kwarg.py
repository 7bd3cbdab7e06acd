# adapted from test/test_jit.py::TestScript.test_builtin_kwarg_error
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    return torch.sum(x, dimension=0)
