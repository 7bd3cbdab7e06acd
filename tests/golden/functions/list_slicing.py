# inputs: [[0, 1, 2, 3, 4, 5, 6, 7]]
import torch
from typing import List


def f(xs: List[int]) -> List[List[int]]:
    return [xs[2:], xs[:-3], xs[1:6:2], xs[-3:-1], xs[::-1], xs[5:2], xs[100:]]
