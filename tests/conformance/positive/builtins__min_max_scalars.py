# adapted from test/jit/test_builtins.py / test_jit.py::TestScript.test_min_max
# inputs: [3, 7, 2.5]
import torch
from typing import List


def f(a: int, b: int, c: float) -> List[float]:
    return [float(min(a, b)), float(max(a, b)), min(a, c), max(c, b), float(min(4, 2, 9))]
