# adapted from test/jit/test_list_dict.py::TestList.test_pop
# inputs: [[1, 2, 3, 4, 5]]
import torch
from typing import List, Tuple


def f(x: List[int]) -> Tuple[int, int, int, List[int]]:
    a = x.pop()
    b = x.pop(0)
    c = x.pop(-2)
    return a, b, c, x
