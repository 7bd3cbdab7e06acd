# inputs: [-3, 4.5]
import torch
from typing import Tuple


def f(a: int, b: float) -> Tuple[int, float, int, float, float, int]:
    return abs(a), abs(-b), max(a, 2), min(b, 1.0), max(float(a), b), len([a, a])
