# adapted from test/test_jit.py::TestScript.test_enumerate_list
# inputs: [[5, 6, 7]]
import torch
from typing import List


def f(xs: List[int]) -> int:
    s = 0
    for i, x in enumerate(xs):
        s += i * x
    return s
