# adapted from test/jit/test_list_dict.py::TestList.test_list_keyword
# inputs: []
import torch
from typing import List


def f() -> List[int]:
    x: List[int] = list()
    x.append(1)
    return x
