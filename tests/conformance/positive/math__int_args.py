# adapted from test/test_jit.py::TestScript.test_math_ops (int arguments)
# inputs: [4]
import torch
import math
from typing import List


def f(x: int) -> List[float]:
    return [math.sqrt(x), math.exp(x), math.log(x), math.sin(x), math.fabs(-x), math.degrees(x)]
