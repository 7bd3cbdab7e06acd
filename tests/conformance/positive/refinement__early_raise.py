# adapted from test/test_jit.py::TestScript.test_optional_refinement (raise exits the branch)
# inputs: [10]
import torch
from typing import Optional


def f(x: Optional[int]) -> int:
    if x is None:
        raise RuntimeError("x is None")
    return x - 1
