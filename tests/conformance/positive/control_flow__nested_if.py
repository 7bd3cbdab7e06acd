# adapted from test/test_jit.py::TestScript.test_nested_if
# inputs: [5, -1]
import torch


def f(a: int, b: int) -> int:
    if a > 0:
        if b > 0:
            r = 1
        else:
            r = 2
    else:
        r = 3
    return r
