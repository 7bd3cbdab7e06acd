# adapted from test/test_jit.py::TestScript.test_exception_in_loop
# inputs: [[1, 2, -3]]
import torch
from typing import List


def f(xs: List[int]) -> int:
    s = 0
    for x in xs:
        if x < 0:
            raise ValueError("negative element")
        s += x
    return s
