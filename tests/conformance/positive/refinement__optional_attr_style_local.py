# adapted from test/test_jit.py::TestScript.test_optional_refinement (reassigned local keeps refinement)
# inputs: [None]
import torch
from typing import Optional


def f(x: Optional[int]) -> int:
    y = x
    if y is None:
        y = 3
    z = y + 1
    return z
