# inputs: [6]
import torch


def f(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total
