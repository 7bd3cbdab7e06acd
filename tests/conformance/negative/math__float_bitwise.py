# adapted from test/test_jit.py::TestScript.test_bitwise_ops (floats)
import torch


def f(x: float) -> float:
    return x & 1.0
