# adapted from test/test_jit.py::TestScript.test_string_slicing
# inputs: ["hello world"]
import torch
from typing import Tuple


def f(s: str) -> Tuple[str, str, str, str]:
    return s[1:4], s[:5], s[6:], s[-3:]
