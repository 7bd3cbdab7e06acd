# inputs: [[3, -1, 4, 0, 5, 9, 2]]
import torch
from typing import List


def f(xs: List[int]) -> int:
    s = 0
    for x in xs:
        if x < 0:
            continue
        if x == 9:
            break
        s += x
    return s
