# adapted from test/test_jit.py::TestScript.test_number_math
# inputs: [7, 2.0]
import torch
from typing import Tuple


def f(a: int, b: float) -> Tuple[float, float, float, float]:
    return a + b, a - b, a * b, a / b
