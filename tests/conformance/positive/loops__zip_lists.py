# adapted from test/test_jit.py::TestScript.test_zip
# inputs: [[1, 2, 3], [4, 5, 6]]
import torch
from typing import List


def f(a: List[int], b: List[int]) -> int:
    s = 0
    for x, y in zip(a, b):
        s += x * y
    return s
