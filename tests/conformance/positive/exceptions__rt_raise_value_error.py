# adapted from test/test_jit.py::TestScript.test_exceptions_with_message
# inputs: [-1]
import torch


def f(x: int) -> int:
    if x < 0:
        raise ValueError("x must be non-negative")
    return x
