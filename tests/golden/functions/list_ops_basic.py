# inputs: [[5, 3, 8, 1]]
import torch
from typing import List, Tuple


def f(xs: List[int]) -> Tuple[List[int], int, int, int, List[int], List[int], List[int]]:
    ys = xs.copy()
    ys.append(9)
    ys.insert(0, -1)
    last = ys.pop()
    n = len(ys)
    ys[2] = 42
    return ys, last, n, ys[-1], ys[1:3], ys[:2], ys[::2]
