# adapted from test/test_jit.py::TestScript.test_math_ops (binary)
# inputs: [3.0, 4.0]
import torch
import math
from typing import List


def f(a: float, b: float) -> List[float]:
    return [math.atan2(a, b), math.pow(a, b), math.fmod(-a, b), math.copysign(a, -b),
            math.remainder(7.0, b), math.log(8.0, 2.0)]
