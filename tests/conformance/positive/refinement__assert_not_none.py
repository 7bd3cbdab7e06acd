# adapted from test/test_jit.py::TestScript.test_assert_is_none_refinement
# inputs: [4]
import torch
from typing import Optional


def f(x: Optional[int]) -> int:
    assert x is not None
    return x + 1
