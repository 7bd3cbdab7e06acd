# adapted from test/test_jit.py::TestScript.test_optional_return (None vs int without annotation)
import torch


def f(x: int):
    if x > 0:
        return x
    return "no"
