# adapted from test/jit/test_list_dict.py::TestList.test_list_len
# inputs: []
import torch
from typing import Tuple


def f() -> Tuple[bool, bool]:
    a = [1, 2, 3]
    b: list[int] = []
    return len(a) == 3, len(b) == 0
