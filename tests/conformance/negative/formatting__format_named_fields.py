# adapted from test/test_jit.py::TestScript.test_str_format (keyword arguments)
import torch


def f(x: int) -> str:
    return "{a}".format(a=x)
