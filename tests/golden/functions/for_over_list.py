# inputs: [[1.5, 2.5, -1.0]]
import torch
from typing import List


def f(xs: List[float]) -> float:
    s = 0.0
    for x in xs:
        s = s + x * 2
    return s
