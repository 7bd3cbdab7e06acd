# adapted from test/jit/test_list_dict.py::TestList.test_pop (empty list)
# inputs: [[]]
import torch
from typing import List


def f(x: List[int]) -> int:
    return x.pop()
