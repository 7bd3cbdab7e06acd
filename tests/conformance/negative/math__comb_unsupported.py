# adapted from Language Reference: math.comb is not supported
import torch
import math


def f(x: int) -> int:
    return math.comb(x, 2)
