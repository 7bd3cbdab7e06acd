# adapted from test/jit/test_list_dict.py (no such list method)
import torch
from typing import List


def f(a: List[int]) -> List[int]:
    a.push(3)
    return a
