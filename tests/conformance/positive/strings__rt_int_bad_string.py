# adapted from test/test_jit.py::TestScript.test_str_to_int (invalid literal)
# inputs: ["12a"]
import torch


def f(s: str) -> int:
    return int(s)
