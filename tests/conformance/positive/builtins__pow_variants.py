# adapted from test/test_jit.py::TestScript.test_pow
# inputs: [2, 3, 2.0]
import torch
from typing import List


def f(a: int, b: int, c: float) -> List[float]:
    return [float(pow(a, b)), pow(c, 0.5), float(a ** b), c ** 2, pow(2.0, -1), float(pow(a, -1))]
