# inputs: [[1, 2, 3], 3]
import torch
from typing import List


def f(xs: List[int], i: int) -> int:
    return xs[i]
