# adapted from test/test_jit.py::TestScript.test_chained_comparisons
# inputs: [2, 5]
import torch
from typing import List


def f(a: int, b: int) -> List[bool]:
    return [0 < a < b, a < b < 4, 1 <= a <= 2 <= b, a == 2 != b]
