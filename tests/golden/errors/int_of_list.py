import torch
from typing import List


def f(xs: List[int]) -> int:
    return int(xs)
