# adapted from test/test_jit.py::TestScript.test_optional_refinement
import torch
from typing import Optional


def f(x: Optional[int], y: Optional[int]) -> int:
    if x is not None or y is not None:
        return x + 1
    return 0
