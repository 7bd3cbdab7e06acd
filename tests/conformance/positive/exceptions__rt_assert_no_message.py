# adapted from test/test_jit.py::TestScript.test_assert
# inputs: [0]
import torch


def f(x: int) -> int:
    assert x
    return x
