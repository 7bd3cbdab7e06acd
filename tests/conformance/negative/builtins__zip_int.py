# adapted from test/test_jit.py::TestScript.test_zip (int is not iterable)
import torch
from typing import List


def f(x: List[int]) -> int:
    for a, b in zip(x, 3):
        pass
    return 0
