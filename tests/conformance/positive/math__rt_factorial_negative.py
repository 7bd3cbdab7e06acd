# adapted from test/test_jit.py::TestScript.test_math_factorial (negative argument)
# inputs: [-1]
import torch
import math


def f(a: int) -> int:
    return math.factorial(a)
