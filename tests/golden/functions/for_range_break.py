# inputs: [100]
import torch


def f(n: int) -> int:
    last = -1
    for i in range(n):
        if i * i > 50:
            break
        last = i
    return last
