# adapted from test/jit/test_list_dict.py::TestList.test_list_index_assign (out of range)
# inputs: [[1, 2, 3]]
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    x[3] = 0
    return x
