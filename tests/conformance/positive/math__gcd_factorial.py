# adapted from test/test_jit.py::TestScript.test_math_gcd / test_math_factorial
# inputs: [12, 18]
import torch
import math
from typing import List


def f(a: int, b: int) -> List[int]:
    return [math.gcd(a, b), math.gcd(-a, 0), math.factorial(5), math.factorial(0)]
