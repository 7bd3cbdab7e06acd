# inputs: [torch.ones(2, 2)]
import torch


def f(x: torch.Tensor) -> float:
    return x.item()
