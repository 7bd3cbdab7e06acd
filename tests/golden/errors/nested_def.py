import torch


def f(x: int) -> int:
    def g(y: int) -> int:
        return y * 2
    return g(x)
