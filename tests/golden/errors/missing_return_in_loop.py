import torch


def f(x: int) -> int:
    for i in range(x):
        if i == 3:
            return i
