import torch


def helper(a: int, b: int) -> int:
    return a + b


def f(x: int) -> int:
    return helper(x)
