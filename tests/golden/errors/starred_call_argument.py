import torch
from typing import List


def add3(a: int, b: int, c: int) -> int:
    return a + b + c


def f(xs: List[int]) -> int:
    return add3(*xs)
