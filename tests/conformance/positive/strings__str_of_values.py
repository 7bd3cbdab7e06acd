# adapted from test/test_jit.py::TestScript.test_str_cast
# inputs: [3, 2.5, True]
import torch
from typing import Tuple


def f(a: int, b: float, c: bool) -> Tuple[str, str, str, str]:
    return str(a), str(b), str(c), str([1, 2])
