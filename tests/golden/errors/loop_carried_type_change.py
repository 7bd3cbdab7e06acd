import torch


def f(n: int):
    x = 0
    for i in range(n):
        x = 1.5
    return x
