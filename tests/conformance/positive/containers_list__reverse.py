# adapted from test/jit/test_list_dict.py::TestList.test_reverse
# inputs: [[1, 2, 3, 4]]
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    x.reverse()
    return x
