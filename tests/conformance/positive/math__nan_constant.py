# adapted from test/test_jit.py::TestScript.test_math_constants (nan)
# inputs: []
import torch
import math


def f() -> bool:
    return math.isnan(math.nan)
