# inputs: [[1, 2, 3, 4]]
import torch
from typing import List


def f(xs: List[int]) -> int:
    a, b, c = xs
    return a + b + c
