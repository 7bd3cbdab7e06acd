# adapted from Language Reference: lambdas are not supported
import torch


def f(x: int) -> int:
    g = lambda y: y + 1
    return g(x)
