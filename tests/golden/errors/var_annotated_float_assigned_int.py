import torch


def f() -> float:
    x: float = 1
    return x
