# adapted from test/test_jit.py::TestScript.test_tuple_assignments
# inputs: [1, 2]
import torch
from typing import Tuple


def f(a: int, b: int) -> Tuple[int, int]:
    a, b = b, a
    return a, b
