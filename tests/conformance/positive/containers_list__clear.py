# adapted from test/jit/test_list_dict.py::TestList.test_clear
# inputs: [[1, 2, 3]]
import torch
from typing import List, Tuple


def f(x: List[int]) -> Tuple[int, List[int]]:
    x.clear()
    return len(x), x
