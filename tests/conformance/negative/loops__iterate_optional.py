# adapted from test/test_jit.py (iterating an Optional needs refinement)
import torch
from typing import List, Optional


def f(x: Optional[List[int]]) -> int:
    s = 0
    for v in x:
        s += v
    return s
