import torch


def f(x: int) -> str:
    return x + 1
