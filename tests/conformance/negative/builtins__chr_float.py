# adapted from test/test_jit.py::TestScript.test_chr (float argument)
import torch


def f(x: float) -> str:
    return chr(x)
