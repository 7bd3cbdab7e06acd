# adapted from test/test_jit.py::TestScript.test_optional_refinement (loop-carried)
import torch
from typing import Optional


def f(n: int) -> int:
    x: Optional[int] = n
    total = 0
    while x is not None:
        total += x
        if x == 0:
            x = None
        else:
            x = x - 1
    return total
