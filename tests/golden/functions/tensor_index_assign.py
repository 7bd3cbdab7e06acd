# inputs: [torch.zeros(3, 4)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    x[0] = 5
    x[1, 1:3] = torch.tensor([1., 2.])
    x[:, 3] = 7.5
    x[2][0] = -1
    return x
