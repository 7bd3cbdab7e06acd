# adapted from test/jit/test_list_dict.py::TestList.test_extend (type mismatch)
import torch
from typing import List


def f(a: List[int], b: List[str]) -> List[int]:
    a.extend(b)
    return a
