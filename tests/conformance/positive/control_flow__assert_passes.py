# adapted from test/test_jit.py::TestScript.test_assert
# inputs: [3]
import torch


def f(x: int) -> int:
    assert x > 0, "positive"
    assert x < 10
    return x
