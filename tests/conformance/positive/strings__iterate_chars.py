# adapted from test/test_jit.py::TestScript.test_for_in_string
# inputs: ["abc"]
import torch
from typing import List


def f(s: str) -> List[str]:
    out: List[str] = []
    for c in s:
        out.append(c + c)
    return out
