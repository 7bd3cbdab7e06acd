# adapted from test/test_jit.py::TestScript.test_enumerate (int is not iterable)
import torch


def f(x: int) -> int:
    s = 0
    for i, v in enumerate(x):
        s += i
    return s
