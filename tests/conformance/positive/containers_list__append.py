# adapted from test/jit/test_list_dict.py::TestList.test_append
# inputs: [[1]]
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    x.append(2)
    x.append(3)
    return x
