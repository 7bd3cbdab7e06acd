# adapted from test/test_jit.py::TestScript.test_range_args
# inputs: []
import torch
from typing import List


def f() -> List[List[int]]:
    return [list(range(4)), list(range(2, 6)), list(range(10, 0, -3)), list(range(0, 5, 2)), list(range(3, 3))]
