# adapted from test/test_jit.py::TestScript.test_str_to_int ("2.5" is not an int literal)
# inputs: ["2.5"]
import torch


def f(s: str) -> int:
    return int(s)
