# inputs: [torch.linspace(0., 1., 5, dtype=torch.float64)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    y = x * 2.0 + torch.ones(5, dtype=torch.float64)
    return y.sum(0, keepdim=True) / y.numel()
