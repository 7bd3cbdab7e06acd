# inputs: [[10, 20, 30]]
import torch
from typing import List


def f(xs: List[int]) -> int:
    a, b, c = xs
    return a * 100 + b * 10 + c
