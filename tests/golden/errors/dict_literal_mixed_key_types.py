import torch


def f(x: int) -> int:
    d = {"a": 1, 2: 3}
    return len(d)
