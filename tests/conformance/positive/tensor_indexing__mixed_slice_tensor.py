# adapted from test/test_jit.py::TestScript.test_advanced_indexing (slice + tensor)
# inputs: [torch.arange(12.0).reshape(3, 4), torch.tensor([3, 0])]
import torch


def f(x: torch.Tensor, j: torch.Tensor) -> torch.Tensor:
    return x[1:, j]
