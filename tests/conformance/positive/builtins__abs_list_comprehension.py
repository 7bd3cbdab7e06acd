# adapted from test/jit/test_builtins.py (abs inside comprehension)
# inputs: [[-1, 2, -3]]
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    return [abs(v) for v in x]
