# adapted from test/test_jit.py::TestScript.test_keyword_only_args (positional use of a keyword-only argument)
import torch


def g(a: int, *, b: int) -> int:
    return a + b


def f(x: int) -> int:
    return g(x, 2)
