# inputs: [7, 2.5]
import torch
from typing import Tuple


def f(n: int, x: float) -> Tuple[int, float, int, int, float]:
    a = n
    a += 3
    a -= 1
    a *= 2
    x *= 2
    x -= 1.0
    x /= 4
    b = n
    b >>= 1
    c = n
    c <<= 1
    c |= 1
    d = n
    d **= 2
    return a, x, b, c, d
