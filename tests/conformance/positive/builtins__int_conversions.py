# adapted from test/test_jit.py::TestScript.test_int_cast
# inputs: [3.9, -3.9, True, "17", torch.tensor(5.7)]
import torch
from typing import List


def f(a: float, b: float, c: bool, d: str, e: torch.Tensor) -> List[int]:
    return [int(a), int(b), int(c), int(d), int(e)]
