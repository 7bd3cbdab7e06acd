# inputs: [[1, -2, 3]]
# Unannotated return type unified from `return None` and `return int` -> Optional[int].
import torch
from typing import List


def first_negative(xs: List[int]):
    for x in xs:
        if x < 0:
            return x
    return None


def f(xs: List[int]) -> int:
    r = first_negative(xs)
    if r is None:
        return 0
    return r
