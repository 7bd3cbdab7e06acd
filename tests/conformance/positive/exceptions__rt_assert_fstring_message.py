# adapted from test/test_jit.py::TestScript.test_assert_msg (formatted)
# inputs: [12]
import torch


def f(x: int) -> int:
    assert x < 10, f"x={x} too large"
    return x
