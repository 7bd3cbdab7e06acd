# adapted from test/test_jit.py::TestScript.test_math_ops (acosh needs x >= 1)
# inputs: [2.0]
import torch
import math


def f(x: float) -> float:
    return math.acosh(x)
