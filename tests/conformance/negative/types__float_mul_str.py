# adapted from test/test_jit.py::TestScript (no str arithmetic with float)
import torch


def f(x: float) -> str:
    return "a" * x
