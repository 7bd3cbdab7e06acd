import torch


def f(x: int) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1
