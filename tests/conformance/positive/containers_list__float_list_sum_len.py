# adapted from test/jit/test_list_dict.py::TestList.test_list_sum
# inputs: [[0.5, 1.5, 2.0]]
import torch
from typing import List


def f(x: List[float]) -> float:
    return sum(x) / len(x)
