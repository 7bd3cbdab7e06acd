import torch


def f(x: int) -> int:
    s = {x, 1, 2}
    return len(s)
