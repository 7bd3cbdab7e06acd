import torch


def f(x: int, *args: int) -> int:
    return x
