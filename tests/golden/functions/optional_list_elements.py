# inputs: [[1, None, 3]]
import torch
from typing import List, Optional


def f(xs: List[Optional[int]]) -> int:
    s = 0
    for x in xs:
        if x is not None:
            s += x
        else:
            s -= 100
    return s
