# adapted from test/test_jit.py::TestScript.test_for_in_string
# inputs: ["hello"]
import torch


def f(s: str) -> int:
    n = 0
    for c in s:
        if c == "l":
            n += 1
    return n
