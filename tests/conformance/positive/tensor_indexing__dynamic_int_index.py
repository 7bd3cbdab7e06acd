# adapted from test/test_jit.py::TestScript.test_index_dynamic
# inputs: [torch.arange(5.0), 3]
import torch


def f(x: torch.Tensor, i: int) -> torch.Tensor:
    return x[i] + x[i - 1]
