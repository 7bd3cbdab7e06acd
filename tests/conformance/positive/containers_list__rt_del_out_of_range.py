# adapted from test/jit/test_list_dict.py::TestList.test_del (fn2)
# inputs: [[]]
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    del x[100]
    return x
