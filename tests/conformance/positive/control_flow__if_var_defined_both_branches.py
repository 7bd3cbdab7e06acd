# adapted from test/test_jit.py::TestScript.test_if_define
# inputs: [True]
import torch


def f(c: bool) -> float:
    if c:
        v = 1.5
    else:
        v = 2.5
    return v
