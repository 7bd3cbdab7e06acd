# adapted from test/test_jit.py::TestScript.test_str_augassign
# inputs: [["x", "y", "z"]]
import torch
from typing import List


def f(parts: List[str]) -> str:
    s = ""
    for p in parts:
        s += p
        s += "-"
    return s
