# adapted from test/test_jit.py::TestScript.test_reversed_range
# inputs: [4]
import torch
from typing import List


def f(n: int) -> List[int]:
    out: List[int] = []
    for i in range(n - 1, -1, -1):
        out.append(i)
    return out
