# adapted from test/test_jit.py::TestScript.test_index (too many indices)
# inputs: [torch.arange(3.0), 1]
import torch


def f(x: torch.Tensor, i: int) -> torch.Tensor:
    return x[i, 0]
