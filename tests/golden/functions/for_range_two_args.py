# inputs: [3, 9]
import torch
from typing import List


def f(a: int, b: int) -> List[int]:
    out: List[int] = []
    for i in range(a, b):
        out.append(i)
    return out
