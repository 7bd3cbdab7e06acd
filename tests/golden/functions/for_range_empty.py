# inputs: [0]
import torch


def f(n: int) -> int:
    x = 42
    for i in range(n):
        x = i
    for i in range(5, 2):
        x = -1
    return x
