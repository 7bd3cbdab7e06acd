import torch


def f(i: int) -> int:
    t = (1, "a")
    return t[i]
