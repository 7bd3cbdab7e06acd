# adapted from test/test_jit.py::TestScript.test_math_isnan / test_math_isinf
# inputs: [1.0]
import torch
import math
from typing import List


def f(x: float) -> List[bool]:
    inf = float("inf")
    nan = float("nan")
    return [math.isnan(nan), math.isnan(x), math.isinf(inf), math.isinf(x), math.isfinite(x), math.isfinite(inf)]
