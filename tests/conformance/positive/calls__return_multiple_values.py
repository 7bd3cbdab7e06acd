# adapted from test/test_jit.py::TestScript.test_multiple_returns
# inputs: [7]
import torch
from typing import Tuple


def split(x: int) -> Tuple[int, int]:
    return x // 2, x - x // 2


def f(x: int) -> int:
    a, b = split(x)
    return a * 10 + b
