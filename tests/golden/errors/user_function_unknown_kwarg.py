import torch


def helper(a: int, b: int = 1) -> int:
    return a + b


def f(x: int) -> int:
    return helper(x, c=2)
