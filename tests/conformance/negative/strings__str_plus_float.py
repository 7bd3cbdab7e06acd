# adapted from test/test_jit.py::TestScript.test_string_ops (str + float)
import torch


def f(s: str) -> str:
    return s + 1.5
