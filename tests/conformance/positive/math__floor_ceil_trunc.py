# adapted from test/test_jit.py::TestScript.test_math_floor_ceil
# inputs: [2.7, -2.7]
import torch
import math
from typing import List


def f(a: float, b: float) -> List[int]:
    return [math.floor(a), math.floor(b), math.ceil(a), math.ceil(b)]
