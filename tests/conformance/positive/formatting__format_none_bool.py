# adapted from test/test_jit.py::TestScript.test_str_format (None and bool)
# inputs: [None, False]
import torch
from typing import Optional


def f(a: Optional[int], b: bool) -> str:
    return "{} {}".format(a, b)
