# adapted from test/jit/test_list_dict.py::TestList.test_list_bool_conversion
# inputs: [[1, 2, 3]]
import torch
from typing import List


def f(l: List[int]) -> int:
    s = 0
    while l:
        s += l.pop()
    return s
