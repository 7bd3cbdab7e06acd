# inputs: [[-5, 0, 3, 10, 100]]
import torch
from typing import List


def classify(x: int) -> int:
    if x < 0:
        r = -1
    elif x == 0:
        r = 0
    elif x < 10:
        r = 1
    else:
        r = 2
    return r


def f(xs: List[int]) -> List[int]:
    out: List[int] = []
    for x in xs:
        out.append(classify(x))
    return out
