# adapted from test/test_jit.py::TestScript.test_optional_conditional
# inputs: [None]
import torch
from typing import Optional


def f(x: Optional[int]) -> int:
    if x is not None and x > 3:
        return 1
    return 0
