# adapted from test/test_jit.py::TestScript.test_divmod (division by zero)
# inputs: [5, 0]
import torch
from typing import List, Tuple


def f(a: int, b: int) -> Tuple[int, int]:
    return divmod(a, b)
