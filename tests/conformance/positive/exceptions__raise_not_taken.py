# adapted from test/test_jit.py::TestScript.test_exceptions
# inputs: [1]
import torch


def f(x: int) -> int:
    if x < 0:
        raise ValueError("negative")
    return x
