# adapted from test/test_jit.py::TestScript.test_int_div_by_zero
# inputs: [1, 0]
import torch


def f(a: int, b: int) -> int:
    return a // b
