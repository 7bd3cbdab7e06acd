# adapted from test/test_jit.py::TestScript.test_zip (three iterables)
# inputs: [[1, 2], [3.0, 4.0], ["p", "q"]]
import torch
from typing import List


def f(a: List[int], b: List[float], c: List[str]) -> List[str]:
    out: List[str] = []
    for x, y, z in zip(a, b, c):
        out.append(z + str(x + y))
    return out
