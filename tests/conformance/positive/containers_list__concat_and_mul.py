# adapted from test/jit/test_list_dict.py::TestList.test_list_add / test_mul
# inputs: [[1, 2], [3]]
import torch
from typing import List, Tuple


def f(a: List[int], b: List[int]) -> Tuple[List[int], List[int], List[int]]:
    return a + b, a * 3, 2 * b
