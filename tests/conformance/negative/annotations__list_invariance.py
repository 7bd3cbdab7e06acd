# adapted from test/jit/test_list_dict.py::TestList.test_list_variance
import torch
from typing import List, Optional


def f() -> List[int]:
    x: List[int] = [1, 2, 3]
    y: List[Optional[int]] = x
    return x
