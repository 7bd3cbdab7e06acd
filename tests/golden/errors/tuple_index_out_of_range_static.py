import torch


def f(x: int) -> int:
    t = (x, 1)
    return t[2]
