# adapted from test/test_jit.py::TestScript.test_wrong_return_type (in a helper)
import torch


def g(x: int) -> str:
    return x


def f(x: int) -> str:
    return g(x)
