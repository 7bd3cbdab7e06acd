# adapted from test/test_jit.py::TestScript.test_chr (negative code point)
# inputs: [-1]
import torch


def f(x: int) -> str:
    return chr(x)
