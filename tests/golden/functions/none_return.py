# inputs: [torch.zeros(2)]
import torch


def f(x: torch.Tensor) -> None:
    x.add_(1)
    print(x)
