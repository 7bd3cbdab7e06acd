# adapted from test/test_jit.py::TestScript.test_exception_in_called_function
# inputs: [0]
import torch


def check(x: int) -> int:
    if x == 0:
        raise ZeroDivisionError("x is zero")
    return 10 // x


def f(x: int) -> int:
    return check(x) + 1
