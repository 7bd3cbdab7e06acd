# adapted from test/jit/test_list_dict.py::TestList.test_sort_on_list
# inputs: [[3, 1, 2, -5]]
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    x.sort()
    return x
