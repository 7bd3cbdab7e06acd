# adapted from test/test_jit.py::TestScript.test_int_div_by_zero (1.13 quirk: int / 0 gives inf, no error)
# inputs: [1, 0]
import torch


def f(a: int, b: int) -> float:
    return a / b
