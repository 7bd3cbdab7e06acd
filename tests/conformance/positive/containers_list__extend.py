# adapted from test/jit/test_list_dict.py::TestList.test_extend
# inputs: [[1, 2], [3, 4]]
import torch
from typing import List


def f(a: List[int], b: List[int]) -> List[int]:
    a.extend(b)
    a.extend([5])
    return a
