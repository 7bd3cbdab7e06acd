# adapted from test/test_jit.py::TestScript.test_nested_tuple
# inputs: [(1, (2.5, "x"))]
import torch
from typing import Tuple


def f(t: Tuple[int, Tuple[float, str]]) -> Tuple[str, float, int]:
    a, (b, c) = t
    return c, b, a
