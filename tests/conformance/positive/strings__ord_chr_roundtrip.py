# adapted from test/test_jit.py::TestScript.test_ord / test_chr
# inputs: ["Az"]
import torch
from typing import List


def f(s: str) -> List[str]:
    return [chr(ord(c) + 1) for c in s]
