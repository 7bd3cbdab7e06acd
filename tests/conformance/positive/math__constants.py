# adapted from test/test_jit.py::TestScript.test_math_constants
# inputs: []
import torch
import math
from typing import List


def f() -> List[float]:
    return [math.pi, math.e, math.tau, math.inf, -math.inf]
