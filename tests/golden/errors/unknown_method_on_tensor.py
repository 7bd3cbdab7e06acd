import torch


def f(x: torch.Tensor) -> torch.Tensor:
    return x.no_such_method()
