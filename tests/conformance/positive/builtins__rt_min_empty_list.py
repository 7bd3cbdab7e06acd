# adapted from test/test_jit.py::TestScript.test_min_max_list_single (empty list)
# inputs: [[]]
import torch
from typing import List


def f(x: List[int]) -> int:
    return min(x)
