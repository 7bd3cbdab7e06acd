# adapted from test/test_jit.py::TestScript.test_optional_refinement (negation)
# inputs: [5]
import torch
from typing import Optional


def f(x: Optional[int]) -> int:
    if not (x is None):
        return x
    return 0
