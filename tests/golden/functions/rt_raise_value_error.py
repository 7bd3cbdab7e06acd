# inputs: [5]
import torch


def check(n: int) -> int:
    if n > 3:
        raise ValueError("n is too large")
    return n


def f(n: int) -> int:
    return check(n) + 1
