# adapted from test/test_jit.py::TestScript.test_rand (deterministic under torch.manual_seed(0))
# inputs: []
import torch


def f() -> torch.Tensor:
    return torch.rand(3) + torch.randn(3)
