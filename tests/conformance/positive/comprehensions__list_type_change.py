# adapted from test/test_jit.py::TestScript.test_comprehension_type_change (int -> float element type)
# inputs: [[1, 2]]
import torch
from typing import List


def f(xs: List[int]) -> List[float]:
    return [float(x) / 2 for x in xs]
