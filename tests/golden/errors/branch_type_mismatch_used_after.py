import torch


def f(c: bool):
    if c:
        v = 1
    else:
        v = "one"
    return v
