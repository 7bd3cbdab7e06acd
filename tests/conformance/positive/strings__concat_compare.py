# adapted from test/test_jit.py::TestScript.test_string_ops
# inputs: ["abc", "abd"]
import torch
from typing import Tuple


def f(a: str, b: str) -> Tuple[str, bool, bool, bool, bool, bool]:
    return a + b, a == b, a != b, a < b, a >= b, a > "ab"
