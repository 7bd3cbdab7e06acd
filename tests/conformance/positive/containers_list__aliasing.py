# adapted from test/jit/test_list_dict.py::TestList.test_mutable_list_alias
# inputs: []
import torch
from typing import List, Tuple


def f() -> Tuple[List[int], List[int]]:
    a = [1, 2]
    b = a
    b.append(3)
    return a, b
