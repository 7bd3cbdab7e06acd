import torch


def f(x: int) -> int:
    with open("a") as fh:
        x = 1
    return x
