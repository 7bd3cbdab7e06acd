# adapted from test/test_jit.py::TestScript.test_min_max (str arguments)
import torch
from typing import List, Tuple


def f(a: str, b: str) -> Tuple[str, str]:
    return min(a, b), max(a, b)
