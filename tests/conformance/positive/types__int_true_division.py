# adapted from test/test_jit.py::TestScript.test_div
# inputs: [7, 2]
import torch
from typing import Tuple


def f(a: int, b: int) -> Tuple[float, int, int]:
    return a / b, a // b, a % b
