# adapted from test/test_jit.py::TestScript.test_list_comprehension
# inputs: [[1, 2, 3]]
import torch
from typing import List


def f(xs: List[int]) -> List[int]:
    return [x * 2 for x in xs]
