import torch


def helper(a: int, b: str) -> int:
    return a + len(b)


def f(x: int) -> int:
    return helper(x, 3)
