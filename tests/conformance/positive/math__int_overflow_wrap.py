# adapted from test/test_jit.py::TestScript.test_int_overflow (64-bit arithmetic)
# inputs: [9223372036854775807]
import torch


def f(x: int) -> int:
    return x + 1
