# adapted from test/jit/test_list_dict.py::TestList.test_list_optional
# inputs: [[1, None, 3]]
import torch
from typing import List, Optional


def f(x: List[Optional[int]]) -> int:
    s = 0
    for v in x:
        if v is not None:
            s += v
    return s
