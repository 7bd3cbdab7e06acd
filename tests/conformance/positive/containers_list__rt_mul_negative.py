# adapted from test/jit/test_list_dict.py::TestList.test_mul (negative repeat: 1.13 fails in vector::reserve)
# inputs: [[1, 2]]
import torch
from typing import List


def f(a: List[int]) -> List[int]:
    return a * -2
