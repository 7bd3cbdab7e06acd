# adapted from Language Reference: math.trunc is not among the supported math functions in 1.13
import torch
import math


def f(a: float) -> int:
    return math.trunc(a)
