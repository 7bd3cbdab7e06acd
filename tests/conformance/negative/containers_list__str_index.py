# adapted from test/jit/test_list_dict.py (list indexed by str)
import torch
from typing import List


def f(a: List[int]) -> int:
    return a["0"]
