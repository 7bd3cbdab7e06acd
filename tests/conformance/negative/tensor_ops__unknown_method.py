# adapted from test/test_jit.py::TestScript.test_unknown_method
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    return x.frobnicate()
