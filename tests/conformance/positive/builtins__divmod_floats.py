# adapted from test/test_jit.py::TestScript.test_divmod
# inputs: [7.5, 2.0]
import torch
from typing import List, Tuple


def f(a: float, b: float) -> Tuple[Tuple[float, float], Tuple[float, float]]:
    return divmod(a, b), divmod(-a, b)
