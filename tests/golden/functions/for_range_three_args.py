# inputs: [10, -3, -3]
import torch
from typing import List


def f(a: int, b: int, step: int) -> List[int]:
    out: List[int] = []
    for i in range(a, b, step):
        out.append(i)
    for j in range(0, 10, 4):
        out.append(j * 100)
    return out
