# adapted from test/test_jit.py::TestScript.test_str_to_float (invalid literal)
# inputs: ["abc"]
import torch


def f(s: str) -> float:
    return float(s)
