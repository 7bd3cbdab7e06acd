# adapted from test/test_jit.py::TestScript.test_print (print keyword arguments are not supported)
import torch


def f(x: int) -> int:
    print(x, end="")
    return x
