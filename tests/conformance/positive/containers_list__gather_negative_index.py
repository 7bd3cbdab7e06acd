# adapted from test/jit/test_list_dict.py::TestList.test_list_gather
# inputs: []
import torch
from typing import Tuple


def f() -> Tuple[int, int]:
    a = [1, 2, 3]
    return a[1], a[-1]
