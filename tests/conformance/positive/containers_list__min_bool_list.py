# adapted from test/jit/test_list_dict.py::TestList.test_min_bool_list
# inputs: [[True, False], [False, True]]
import torch
from typing import List


def f(a: List[bool], b: List[bool]) -> List[bool]:
    return min(a, b)
