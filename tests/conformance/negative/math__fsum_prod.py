# adapted from Language Reference: math functions on lists
import torch
import math
from typing import List


def f(xs: List[float]) -> float:
    return math.fsum(xs)
