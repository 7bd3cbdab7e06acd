import torch


def f(x: int) -> int:
    return x[0]
