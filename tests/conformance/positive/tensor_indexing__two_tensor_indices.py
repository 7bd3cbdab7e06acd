# adapted from test/test_jit.py::TestScript.test_advanced_indexing
# inputs: [torch.arange(12.0).reshape(3, 4), torch.tensor([0, 2]), torch.tensor([1, 3])]
import torch


def f(x: torch.Tensor, i: torch.Tensor, j: torch.Tensor) -> torch.Tensor:
    return x[i, j]
