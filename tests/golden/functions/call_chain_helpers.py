# inputs: [5]
import torch


def sq(x: int) -> int:
    return x * x


def add_sq(a: int, b: int) -> int:
    return sq(a) + sq(b)


def f(n: int) -> int:
    return add_sq(n, n + 1) - sq(2)
