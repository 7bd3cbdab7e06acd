# adapted from test/jit/test_list_dict.py::TestList.test_list_add (List[int] + List[str])
import torch
from typing import List


def f(a: List[int], b: List[str]):
    return a + b
