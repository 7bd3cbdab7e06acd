import torch
from typing import List


def f() -> List[int]:
    y: List[int] = [1, 2.5]
    return y
