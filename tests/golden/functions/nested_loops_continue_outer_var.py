# inputs: [5]
import torch


def f(n: int) -> int:
    count = 0
    i = 0
    while i < n:
        i += 1
        for j in range(i):
            if (i + j) % 2 == 0:
                continue
            count += 1
    return count
