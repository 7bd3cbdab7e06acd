# adapted from test/test_jit.py::TestScript.test_math_ops (float unary functions)
# inputs: [0.5]
import torch
import math
from typing import List


def f(x: float) -> List[float]:
    return [math.sqrt(x), math.exp(x), math.log(x), math.log10(x), math.log1p(x),
            math.expm1(x), math.sin(x), math.cos(x), math.tan(x), math.asin(x), math.acos(x),
            math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.atanh(x),
            math.erf(x), math.erfc(x), math.lgamma(x), math.gamma(x), math.degrees(x), math.radians(x),
            math.fabs(-x)]
