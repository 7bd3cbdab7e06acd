import torch


def f(x: int, **kwargs: int) -> int:
    return x
