# inputs: [3, 0.5]
import torch
from typing import List


def f(a: int, b: float) -> List[float]:
    return [a + b, a * b, b - a, a / 2, a ** 0.5, 2 ** b, -b]
