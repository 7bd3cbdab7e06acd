# adapted from test/jit/test_list_dict.py::TestList.test_index
# inputs: [[10, 20, 30, 20]]
import torch
from typing import List, Tuple


def f(x: List[int]) -> Tuple[int, int]:
    return x.index(20), x.index(30)
