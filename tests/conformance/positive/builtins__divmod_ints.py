# adapted from test/test_jit.py::TestScript.test_divmod
# inputs: [7, -3]
import torch
from typing import List, Tuple


def f(a: int, b: int) -> Tuple[Tuple[int, int], Tuple[int, int]]:
    return divmod(a, b), divmod(-a, 3)
