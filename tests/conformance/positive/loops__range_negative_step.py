# adapted from test/test_jit.py::TestScript.test_range_args (negative step)
# inputs: [10, 0, -4]
import torch
from typing import List


def f(a: int, b: int, c: int) -> List[int]:
    out: List[int] = []
    for i in range(a, b, c):
        out.append(i)
    return out
