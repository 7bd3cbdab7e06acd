# adapted from test/test_jit.py::TestScript.test_list_unpack_error (list unpack checks length at run time)
# inputs: [[1, 2, 3]]
import torch
from typing import List


def f(x: List[int]) -> int:
    a, b = x
    return a + b
