# adapted from test/jit/test_list_dict.py::TestList.test_list_bool_conversion
# inputs: [[]]
import torch
from typing import List


def f(l: List[int]) -> str:
    return "non-empty" if l else "empty"
