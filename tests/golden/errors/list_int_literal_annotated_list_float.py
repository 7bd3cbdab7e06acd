import torch
from typing import List


def f() -> List[float]:
    y: List[float] = [1, 2.5]
    return y
