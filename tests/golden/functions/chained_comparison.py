# inputs: [3]
import torch
from typing import List


def f(x: int) -> List[bool]:
    return [0 < x < 5, 1 <= x <= 2, x > 2 >= 1, 0 < x < 5 < 10, 5 > x == 3]
