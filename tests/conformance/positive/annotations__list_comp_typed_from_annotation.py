# adapted from test/jit/test_list_dict.py::TestList.test_list_variance
# inputs: []
import torch
from typing import List, Optional


def f() -> List[Optional[int]]:
    x: List[Optional[int]] = [None for _ in range(3)]
    return x
