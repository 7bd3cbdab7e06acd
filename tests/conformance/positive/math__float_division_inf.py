# adapted from test/test_jit.py::TestScript.test_float_division_by_zero
# inputs: [1.0, 0.0]
import torch
from typing import List


def f(a: float, b: float) -> List[float]:
    return [a / b, -a / b]
