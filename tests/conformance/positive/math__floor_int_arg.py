# adapted from test/test_jit.py::TestScript.test_math_floor_ceil (int argument)
# inputs: [5]
import torch
import math
from typing import List


def f(a: int) -> List[int]:
    return [math.floor(a), math.ceil(a)]
