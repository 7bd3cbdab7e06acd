# adapted from test/test_jit.py::TestScript.test_math_modf / test_math_frexp
# inputs: [3.75]
import torch
import math
from typing import Tuple


def f(x: float) -> Tuple[Tuple[float, float], Tuple[float, int], float]:
    return math.modf(x), math.frexp(x), math.ldexp(0.75, 3)
