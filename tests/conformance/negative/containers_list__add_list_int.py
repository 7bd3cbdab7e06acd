# adapted from test/jit/test_list_dict.py::TestList.test_list_add (List + int)
import torch
from typing import List


def f(a: List[int]) -> List[int]:
    return a + 1
