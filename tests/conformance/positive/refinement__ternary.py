# adapted from test/test_jit.py::TestScript.test_ternary_optional_refinement
# inputs: [None]
import torch
from typing import Optional


def f(x: Optional[int]) -> int:
    return x if x is not None else 42
