# adapted from test/test_jit.py::TestScript.test_index_put (shape mismatch)
# inputs: [torch.zeros(4)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    x[0:2] = torch.ones(3)
    return x
