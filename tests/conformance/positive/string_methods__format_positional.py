# adapted from test/test_jit.py::TestScript.test_str_format
# inputs: [3, "x"]
import torch


def f(a: int, b: str) -> str:
    return "{} and {}".format(a, b)
