# inputs: [[1, 2, 0, 4]]
import torch
from typing import List


def f(xs: List[int]) -> int:
    s = 0
    for x in xs:
        if x == 0:
            raise RuntimeError("zero found")
        s += x
    return s
