# adapted from test/test_jit.py::TestScript.test_wrong_return_type
import torch


def f(x: float) -> int:
    return x
