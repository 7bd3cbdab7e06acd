# adapted from test/jit/test_list_dict.py::TestList.test_sort_on_list
# inputs: [[True, False, True]]
import torch
from typing import List


def f(x: List[bool]) -> List[bool]:
    x.sort()
    return x
