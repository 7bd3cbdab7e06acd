# adapted from test/test_jit.py::TestScript.test_index_put (slices)
# inputs: [torch.zeros(3, 4)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    x[:, 1:3] = 2.0
    x[::2, 0] = torch.tensor([7.0, 8.0])
    return x
