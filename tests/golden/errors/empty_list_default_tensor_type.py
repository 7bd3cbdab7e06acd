import torch
from typing import List


def f(x: int) -> List[int]:
    out = []
    out.append(x)
    return out
