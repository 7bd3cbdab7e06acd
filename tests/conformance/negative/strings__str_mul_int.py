# adapted from test/test_jit.py::TestScript (str * int is not supported in 1.13)
import torch


def f(s: str) -> str:
    return s * 2
