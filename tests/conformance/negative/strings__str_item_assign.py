# adapted from test/test_jit.py::TestScript.test_str_index (strings are immutable)
import torch


def f(s: str) -> str:
    s[0] = "x"
    return s
