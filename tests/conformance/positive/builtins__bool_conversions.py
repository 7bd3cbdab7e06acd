# adapted from test/test_jit.py::TestScript.test_bool_cast
# inputs: [0, 2.5, torch.tensor(1)]
import torch
from typing import List


def f(a: int, b: float, c: torch.Tensor) -> List[bool]:
    return [bool(a), bool(b), bool(c), bool(0.0), bool(-1)]
