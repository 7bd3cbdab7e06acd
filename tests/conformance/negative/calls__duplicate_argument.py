# adapted from test/test_jit.py::TestScript.test_call_duplicate_args
import torch


def g(a: int, b: int) -> int:
    return a + b


def f(x: int) -> int:
    return g(x, a=2)
