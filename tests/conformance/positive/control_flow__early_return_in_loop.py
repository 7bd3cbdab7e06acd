# adapted from test/test_jit.py::TestScript.test_early_returns_loops
# inputs: [[1, 5, 9], 4]
import torch
from typing import List


def f(xs: List[int], limit: int) -> int:
    for x in xs:
        if x > limit:
            return x
    return -1
