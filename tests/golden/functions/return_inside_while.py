# inputs: [10]
import torch


def f(n: int) -> int:
    i = 0
    while i < n:
        if i * 3 > n:
            return i
        i += 1
    return -1
