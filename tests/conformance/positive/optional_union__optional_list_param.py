# adapted from test/test_jit.py::TestScript.test_optional_list
# inputs: [[1, 2, 3]]
import torch
from typing import List, Optional


def f(x: Optional[List[int]]) -> int:
    res = 0
    if x is not None:
        for v in x:
            res += v
    return res
