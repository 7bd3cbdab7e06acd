# adapted from test/test_jit.py::TestScript.test_str_index (out of range)
# inputs: ["abc"]
import torch


def f(s: str) -> str:
    return s[5]
