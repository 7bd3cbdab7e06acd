# adapted from test/jit/test_list_dict.py::TestList.test_insert
# inputs: [[1, 2, 3]]
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    x.insert(0, 10)
    x.insert(2, 20)
    x.insert(-1, 30)
    x.insert(100, 40)
    return x
