# adapted from test/jit/test_list_dict.py::TestList.test_pop (index out of range)
# inputs: [[1, 2]]
import torch
from typing import List


def f(x: List[int]) -> int:
    return x.pop(5)
