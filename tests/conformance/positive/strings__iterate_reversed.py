# adapted from test/test_jit.py::TestScript.test_for_in_string (reversed iteration via slice)
# inputs: ["abc"]
import torch


def f(s: str) -> str:
    out = ""
    for c in s[::-1]:
        out += c
    return out
