# adapted from test/jit/test_list_dict.py::TestList.test_list_slice
# inputs: [[0, 1, 2, 3, 4, 5]]
import torch
from typing import List, Tuple


def f(x: List[int]) -> Tuple[List[int], List[int], List[int], List[int]]:
    return x[1:3], x[:2], x[3:], x[-2:]
