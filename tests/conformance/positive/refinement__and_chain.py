# adapted from test/test_jit.py::TestScript.test_optional_refinement (refinement through and)
# inputs: [2, 3]
import torch
from typing import Optional


def f(x: Optional[int], y: Optional[int]) -> int:
    if x is not None and y is not None:
        return x + y
    return 0
