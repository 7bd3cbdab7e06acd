# adapted from test/test_jit.py::TestScript.test_optional_refinement (refinement does not survive a merge)
import torch
from typing import Optional


def f(x: Optional[int], c: bool) -> int:
    if c:
        assert x is not None
    return x + 1
