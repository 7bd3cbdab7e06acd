# adapted from test/test_jit.py::TestScript.test_index_put_tensor
# inputs: [torch.zeros(5), torch.tensor([0, 4])]
import torch


def f(x: torch.Tensor, idx: torch.Tensor) -> torch.Tensor:
    x[idx] = torch.tensor([1.0, 2.0])
    return x
