import torch


def f(a: float, b: float) -> float:
    return a & b
