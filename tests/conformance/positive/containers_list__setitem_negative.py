# adapted from test/jit/test_list_dict.py::TestList.test_list_index_assign
# inputs: [[1, 2, 3]]
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    x[0] = 10
    x[-1] = 30
    return x
