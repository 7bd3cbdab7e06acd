# adapted from test/test_jit.py::TestScript.test_del (del of a local name)
# inputs: [3]
import torch


def f(x: int) -> int:
    y = x + 1
    del y
    y = 10
    return y
