# inputs: [3]
import torch
from typing import List


def f(n: int) -> List[float]:
    x: float = 1.0
    y: List[float] = [1.0, 2.5]
    for i in range(n):
        x = x * 2
    y.append(x)
    return y
