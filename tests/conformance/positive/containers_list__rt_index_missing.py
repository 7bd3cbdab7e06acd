# adapted from test/jit/test_list_dict.py::TestList.test_index (value not in list)
# inputs: [[1, 2, 3]]
import torch
from typing import List


def f(x: List[int]) -> int:
    return x.index(7)
