# adapted from test/jit/test_list_dict.py::TestList.test_list_ops
# inputs: []
import torch
from typing import Tuple


def f() -> Tuple[bool, bool, bool, bool]:
    a = [1, 2, 3]
    b = [1, 2, 3]
    c = ["foo", "bar"]
    d = ["foo", "bar", "food"]
    return a == b, a != b, c == d, c != d
