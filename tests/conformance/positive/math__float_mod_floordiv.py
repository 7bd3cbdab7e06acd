# adapted from test/test_jit.py::TestScript.test_float_math (python semantics)
# inputs: [-7.5, 2.0]
import torch
from typing import List


def f(a: float, b: float) -> List[float]:
    return [a // b, a % b, -a // b, -a % b]
