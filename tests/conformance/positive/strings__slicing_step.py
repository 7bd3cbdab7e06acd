# adapted from test/test_jit.py::TestScript.test_string_slicing (steps)
# inputs: ["abcdefghij"]
import torch
from typing import Tuple


def f(s: str) -> Tuple[str, str, str, str]:
    return s[::2], s[1::3], s[::-1], s[8:2:-2]
