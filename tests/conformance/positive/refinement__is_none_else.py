# adapted from test/test_jit.py::TestScript.test_optional_refinement
# inputs: [None]
import torch
from typing import Optional


def f(x: Optional[int]) -> int:
    if x is None:
        x = 5
    return x + 1
