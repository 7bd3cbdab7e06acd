# adapted from test/test_jit.py::TestScript.test_optional_refinement (refinement through or)
# inputs: [None, 3]
import torch
from typing import Optional


def f(x: Optional[int], y: Optional[int]) -> int:
    if x is None or y is None:
        return -1
    return x * y
