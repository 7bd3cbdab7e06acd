# adapted from test/test_jit.py::TestScript.test_keyword_only_args
import torch


def g(a: int, *, scale: int = 3, shift: int) -> int:
    return a * scale + shift


def f(x: int) -> int:
    return g(x, shift=1) + g(x, scale=10, shift=0)
