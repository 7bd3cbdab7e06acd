# adapted from Language Reference: math.log2 is not among the supported math functions in 1.13
import torch
import math


def f(a: float) -> float:
    return math.log2(a)
