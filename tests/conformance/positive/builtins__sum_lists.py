# adapted from test/jit/test_builtins.py (sum of int/float lists)
# inputs: [[1, 2, 3], [0.5, 0.25]]
import torch
from typing import List, Tuple


def f(a: List[int], b: List[float]) -> Tuple[int, float]:
    return sum(a), sum(b)
