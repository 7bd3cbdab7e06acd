# adapted from test/jit/test_list_dict.py::TestList.test_extend_list_mutability
# inputs: []
import torch
from typing import List


def f() -> List[int]:
    a = [1, 2]
    b = a.copy()
    a.extend(b)
    return a
