# inputs: [15]
import torch


def fib_iter(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def f(n: int) -> int:
    return fib_iter(n)
