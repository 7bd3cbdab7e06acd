# adapted from test/jit/test_list_dict.py::TestList.test_list_bool_conversion
# inputs: [[[], [1]]]
import torch
from typing import List


def f(x: List[List[int]]) -> List[bool]:
    return [bool(r) for r in x]
