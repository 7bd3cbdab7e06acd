# adapted from test/test_jit.py::TestScript.test_float_cast
# inputs: [3, False, "2.5", torch.tensor(4)]
import torch
from typing import List


def f(a: int, b: bool, c: str, d: torch.Tensor) -> List[float]:
    return [float(a), float(b), float(c), float(d), float("inf"), float("-inf")]
