# adapted from test/jit/test_list_dict.py::TestList.test_list_compare (lexicographic; via min)
import torch
from typing import List


def f(a: List[str], b: List[str]) -> List[str]:
    return min(a, b)
