# adapted from test/test_jit.py::TestScript.test_if_elif_else
# inputs: [0]
import torch


def f(x: int) -> str:
    if x > 0:
        return "pos"
    elif x < 0:
        return "neg"
    else:
        return "zero"
