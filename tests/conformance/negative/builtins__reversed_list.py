# adapted from test/test_jit.py::TestScript.test_reversed
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    out: List[int] = []
    for v in reversed(x):
        out.append(v)
    return out
