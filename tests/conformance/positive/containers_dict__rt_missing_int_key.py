# adapted from test/jit/test_list_dict.py::TestDict.test_getitem (missing int key)
# inputs: [{1: 1}]
import torch
from typing import Dict


def f(d: Dict[int, int]) -> int:
    return d[2]
