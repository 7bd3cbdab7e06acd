# inputs: [12]
import torch
from typing import Tuple


def f(target: int) -> Tuple[int, int]:
    for i in range(1, 10):
        for j in range(1, 10):
            if i * j == target and i < j:
                return i, j
    return 0, 0
