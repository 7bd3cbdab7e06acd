# adapted from test/test_jit.py::TestScript.test_str_len
# inputs: [""]
import torch
from typing import Tuple


def f(s: str) -> Tuple[int, bool]:
    return len(s), s == ""
