# adapted from test/jit/test_list_dict.py::TestList.test_sorted
# inputs: [[5, 2, 9, 1]]
import torch
from typing import List, Tuple


def f(x: List[int]) -> Tuple[List[int], List[int]]:
    y = sorted(x)
    return x, y
