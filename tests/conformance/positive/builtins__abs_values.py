# adapted from test/test_jit.py::TestScript.test_abs
# inputs: [-3, -2.5, torch.tensor([-1.0, 2.0])]
import torch
from typing import List, Tuple


def f(a: int, b: float, c: torch.Tensor) -> Tuple[int, float, torch.Tensor]:
    return abs(a), abs(b), abs(c)
