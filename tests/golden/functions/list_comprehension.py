# inputs: [[1, 2, 3, 4, 5, 6]]
import torch
from typing import List


def f(xs: List[int]) -> List[int]:
    sq = [x * x for x in xs]
    ev = [x * 2 for x in range(5)]
    nested = [[i + j for j in range(i)] for i in range(3)]
    ev.append(len(nested[2]))
    return sq + ev
