# adapted from test/test_jit.py::TestScript.test_optional_refinement
# inputs: [3]
import torch
from typing import Optional


def f(x: Optional[int]) -> int:
    if x is not None:
        return x * 2
    return 0
