# adapted from test/jit/test_list_dict.py::TestList.test_remove
# inputs: [[1, 2, 3, 2]]
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    x.remove(2)
    return x
