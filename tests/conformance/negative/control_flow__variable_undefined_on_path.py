# adapted from test/test_jit.py::TestScript.test_undefined_var_in_branch
import torch


def f(c: bool) -> int:
    if c:
        y = 1
    return y
