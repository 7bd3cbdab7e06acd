# adapted from test/jit/test_list_dict.py::TestList.test_sort_on_list
# inputs: [[3.5, 1.0, 2.25]]
import torch
from typing import List


def f(x: List[float]) -> List[float]:
    x.sort(reverse=True)
    return x
