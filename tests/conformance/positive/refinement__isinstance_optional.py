# adapted from test/jit/test_isinstance.py::TestIsinstance.test_optional
# inputs: [[1, 2]]
import torch
from typing import List, Optional


def f(x: Optional[List[int]]) -> int:
    if isinstance(x, list):
        return len(x)
    return -1
