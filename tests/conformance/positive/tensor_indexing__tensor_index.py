# adapted from test/test_jit.py::TestScript.test_index_tensor
# inputs: [torch.arange(10.0), torch.tensor([0, 3, 3, 9])]
import torch


def f(x: torch.Tensor, idx: torch.Tensor) -> torch.Tensor:
    return x[idx]
