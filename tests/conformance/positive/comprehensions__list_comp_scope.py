# adapted from test/test_jit.py::TestScript.test_comprehension_scope (loop variable does not leak)
# inputs: [[1, 2]]
import torch
from typing import List, Tuple


def f(xs: List[int]) -> Tuple[List[int], int]:
    x = 100
    ys = [x + 1 for x in xs]
    return ys, x
