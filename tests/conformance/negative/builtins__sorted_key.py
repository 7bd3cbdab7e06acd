# adapted from test/jit/test_list_dict.py::TestList.test_sorted (key= is not supported)
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    return sorted(x, key=abs)
