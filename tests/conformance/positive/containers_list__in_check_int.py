# adapted from test/jit/test_list_dict.py::TestList.test_in_check
# inputs: [[1, 3, 3]]
import torch
from typing import List


def f(x: List[int]) -> bool:
    return 2 in x
