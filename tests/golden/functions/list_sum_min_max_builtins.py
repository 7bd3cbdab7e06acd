# inputs: [[4, -2, 9, 0]]
import torch
from typing import List, Tuple


def f(xs: List[int]) -> Tuple[int, int, int, List[int]]:
    return sum(xs), min(xs), max(xs), sorted(xs)
