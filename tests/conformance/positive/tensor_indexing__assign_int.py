# adapted from test/test_jit.py::TestScript.test_index_put (integer)
# inputs: [torch.zeros(3, 3)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    x[0] = 1.0
    x[1, 2] = 5.0
    return x
