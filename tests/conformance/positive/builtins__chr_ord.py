# adapted from test/test_jit.py::TestScript.test_chr / test_ord
# inputs: [65, "z"]
import torch
from typing import List, Tuple


def f(a: int, b: str) -> Tuple[str, int, str]:
    return chr(a), ord(b), chr(ord(b) - 25)
