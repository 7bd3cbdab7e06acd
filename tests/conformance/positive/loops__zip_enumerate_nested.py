# adapted from test/test_jit.py::TestScript.test_zip_enumerate_nested
# inputs: [[1, 2], [3, 4]]
import torch
from typing import List


def f(a: List[int], b: List[int]) -> int:
    s = 0
    for i, (x, y) in enumerate(zip(a, b)):
        s += i + x * y
    return s
