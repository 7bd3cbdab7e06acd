# adapted from test/test_jit.py::TestScript.test_string_compare (str < int)
import torch


def f(s: str) -> bool:
    return s < 3
