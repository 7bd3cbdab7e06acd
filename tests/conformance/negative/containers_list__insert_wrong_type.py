# adapted from test/jit/test_list_dict.py::TestList.test_insert (type mismatch)
import torch
from typing import List


def f(a: List[int]) -> List[int]:
    a.insert(0, 1.5)
    return a
