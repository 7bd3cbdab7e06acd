# inputs: [7.5, 2.0]
import torch
from typing import Tuple


def f(a: float, b: float) -> Tuple[float, float, float, float, float, float, float]:
    return a + b, a - b, a * b, a / b, a // b, a % b, a ** b
