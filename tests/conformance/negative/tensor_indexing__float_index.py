# adapted from test/test_jit.py::TestScript.test_index (float index)
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    return x[1.5]
