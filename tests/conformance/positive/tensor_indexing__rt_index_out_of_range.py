# adapted from test/test_jit.py::TestScript.test_index (out of range)
# inputs: [torch.arange(3.0)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    return x[5]
