# adapted from test/test_jit.py::TestScript.test_keyword_only_args (keyword-only parameters without defaults)
# inputs: [2]
import torch


def g(a: int, *, scale: int, shift: int) -> int:
    return a * scale + shift


def f(x: int) -> int:
    return g(x, shift=1, scale=3) + g(x, scale=10, shift=0)
