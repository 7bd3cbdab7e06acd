# adapted from test/test_jit.py::TestScript.test_str_contains
# inputs: ["hello"]
import torch
from typing import Tuple


def f(s: str) -> Tuple[bool, bool, bool]:
    return "ell" in s, "z" in s, "" in s
