# inputs: [torch.zeros(2)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    assert bool(x.sum() > 0)
    return x
