# adapted from test/test_jit.py::TestScript.test_optional_tuple
# inputs: [(1, None)]
import torch
from typing import Optional, Tuple


def f(t: Tuple[int, Optional[int]]) -> int:
    a, b = t
    if b is None:
        return a
    return a + b
