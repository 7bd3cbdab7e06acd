# adapted from test/test_jit.py::TestScript.test_builtin_kwargs
# inputs: [torch.tensor([[1.0, 2.0], [3.0, 4.0]])]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    return torch.sum(x, dim=1, keepdim=True) + torch.cat(tensors=[x, x], dim=0).sum(dim=0)
