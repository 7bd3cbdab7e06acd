# adapted from test/test_jit.py::TestScript.test_optional_refinement (early return)
# inputs: [10]
import torch
from typing import Optional


def f(x: Optional[int]) -> int:
    if x is None:
        return 0
    return x - 1
