import torch


def f(x: int, c: bool):
    y = x
    if c:
        y = "str"
    return y
