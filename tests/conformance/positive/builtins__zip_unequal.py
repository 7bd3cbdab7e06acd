# adapted from test/test_jit.py::TestScript.test_zip_enumerate_modulelist (zip stops at shortest)
# inputs: [[1, 2, 3], ["a", "b"]]
import torch
from typing import List, Tuple


def f(a: List[int], b: List[str]) -> List[Tuple[int, str]]:
    out: List[Tuple[int, str]] = []
    for x, y in zip(a, b):
        out.append((x, y))
    return out
