# adapted from test/test_jit.py::TestScript.test_default_args
import torch
from typing import List


def g(x: int, y: int = 10, s: str = "s", l: List[int] = [1, 2]) -> str:
    return s + str(x + y + len(l))


def f(x: int) -> List[str]:
    return [g(x), g(x, 2), g(x, s="t"), g(x, l=[5])]
