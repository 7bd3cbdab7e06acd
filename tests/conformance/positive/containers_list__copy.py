# adapted from test/jit/test_list_dict.py::TestList.test_copy
# inputs: [[1, 2, 3]]
import torch
from typing import List, Tuple


def f(x: List[int]) -> Tuple[List[int], List[int]]:
    y = x.copy()
    y.append(4)
    return x, y
