# adapted from test/test_jit.py::TestScript.test_for_in_list
# inputs: [[1, 2, 3]]
import torch
from typing import List


def f(xs: List[int]) -> int:
    s = 0
    for x in xs:
        s += x * x
    return s
