# adapted from test/jit/test_list_dict.py::TestList.test_list_add_inplace
# inputs: [[1]]
import torch
from typing import List


def f(a: List[int]) -> List[int]:
    a += [2, 3]
    return a
