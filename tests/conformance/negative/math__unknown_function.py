# adapted from Language Reference: only the listed math functions are supported
import torch
import math


def f(x: float) -> float:
    return math.cbrt(x)
