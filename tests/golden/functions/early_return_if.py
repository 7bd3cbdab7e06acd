# inputs: [torch.tensor([-1., 2., -3.])]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    if bool(x.sum() > 0):
        return x
    elif bool(x.min() < -2):
        return -x
    return x * 0
