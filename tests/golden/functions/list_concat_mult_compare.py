# inputs: [[1, 2], [3]]
import torch
from typing import List, Tuple


def f(a: List[int], b: List[int]) -> Tuple[List[int], bool, bool, List[float]]:
    c = a + b
    return c, a == [1, 2], c != a, [0.5] * 3
