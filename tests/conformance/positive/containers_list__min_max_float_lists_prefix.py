# adapted from test/jit/test_list_dict.py::TestList.test_min_max_list
# inputs: [[1.0, 2.0], [1.0, 2.0, 3.0]]
import torch
from typing import List, Tuple


def f(a: List[float], b: List[float]) -> Tuple[List[float], List[float]]:
    return min(a, b), max(a, b)
