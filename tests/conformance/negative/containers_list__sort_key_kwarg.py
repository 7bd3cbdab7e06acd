# adapted from test/jit/test_list_dict.py::TestList.test_sort_on_list (key= is not supported)
import torch
from typing import List


def f(a: List[int]) -> List[int]:
    a.sort(key=abs)
    return a
