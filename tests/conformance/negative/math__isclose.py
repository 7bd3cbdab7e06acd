# adapted from Language Reference: math.isclose
import torch
import math
from typing import List


def f(a: float, b: float) -> List[bool]:
    return [math.isclose(a, b), math.isclose(a, 1.1), math.isclose(a, 1.05, rel_tol=0.1), math.isclose(0.0, 1e-9, abs_tol=1e-8)]
