# adapted from test/test_jit.py::TestScript.test_range_args (too many arguments)
import torch


def f() -> int:
    s = 0
    for i in range(0, 10, 2, 1):
        s += i
    return s
