# adapted from test/jit/test_list_dict.py::TestList.test_del (deletion at a single index only)
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    del x[1:3]
    return x
