# adapted from test/test_jit.py::TestScript.test_enumerate_string
# inputs: ["abc"]
import torch
from typing import List


def f(s: str) -> List[str]:
    out: List[str] = []
    for i, c in enumerate(s):
        out.append(c + str(i))
    return out
