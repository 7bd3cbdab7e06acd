# adapted from test/test_jit.py::TestScript.test_math_ops (wrong argument type)
import torch
import math


def f(x: str) -> float:
    return math.sqrt(x)
