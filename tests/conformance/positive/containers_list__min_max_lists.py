# adapted from test/jit/test_list_dict.py::TestList.test_min_max_list
# inputs: [[1, 8, 8], [2, 1, 1]]
import torch
from typing import List, Tuple


def f(a: List[int], b: List[int]) -> Tuple[List[int], List[int]]:
    return min(a, b), max(a, b)
