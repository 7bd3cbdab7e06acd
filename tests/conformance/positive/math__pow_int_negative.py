# adapted from test/test_jit.py::TestScript.test_pow_int (negative exponent gives float)
# inputs: [2, -2]
import torch


def f(a: int, b: int) -> float:
    return a ** b
