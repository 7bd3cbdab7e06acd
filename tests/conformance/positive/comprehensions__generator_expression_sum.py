# adapted from test/test_jit.py::TestScript.test_comprehension (1.13 accepts a generator expression argument as a list comprehension)
# inputs: [[1, 2, 3]]
import torch
from typing import List


def f(xs: List[int]) -> int:
    return sum(x for x in xs)
