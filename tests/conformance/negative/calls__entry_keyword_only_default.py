# adapted from test/test_jit.py::TestScript.test_keyword_only_args (entry with a defaulted keyword-only parameter)
import torch


def f(x: int, *, y: int = 2) -> int:
    return x * y
