# adapted from test/test_jit.py::TestScript.test_chained_assignment (a = b = value)
# inputs: [4]
import torch
from typing import Tuple


def f(x: int) -> Tuple[int, int]:
    a = b = x + 1
    return a, b
