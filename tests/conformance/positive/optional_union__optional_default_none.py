# adapted from test/test_jit.py::TestScript.test_optional_arg_default
# inputs: [3]
import torch
from typing import Optional


def g(a: int, b: Optional[int] = None) -> int:
    if b is None:
        return a
    return a + b


def f(x: int) -> int:
    return g(x) + g(x, 10)
