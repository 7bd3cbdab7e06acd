# adapted from test/test_jit.py::TestScript.test_broadcast (incompatible shapes)
# inputs: [torch.ones(2), torch.ones(3)]
import torch


def f(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return a + b
