# adapted from test/test_jit.py::TestScript.test_short_circuit
# inputs: [[]]
import torch
from typing import List


def f(xs: List[int]) -> bool:
    return len(xs) > 0 and xs[0] > 0
