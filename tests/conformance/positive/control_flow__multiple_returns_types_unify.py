# adapted from test/test_jit.py::TestScript.test_early_returns (Optional unification)
# inputs: [1]
import torch
from typing import Optional


def f(x: int) -> Optional[int]:
    if x == 0:
        return None
    return x * 2
