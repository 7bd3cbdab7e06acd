import torch


def f(x: int) -> int:
    a, b = (x, x, x)
    return a + b
