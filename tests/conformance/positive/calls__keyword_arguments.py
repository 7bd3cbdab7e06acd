# adapted from test/test_jit.py::TestScript.test_keyword_args
# inputs: [2, 3]
import torch


def g(a: int, b: int, c: int = 0) -> int:
    return a * 100 + b * 10 + c


def f(x: int, y: int) -> int:
    return g(b=x, a=y) + g(x, c=y, b=1)
