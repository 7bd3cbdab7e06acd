import torch
from typing import List


def f(x: int) -> List[int]:
    out: List[int] = []
    out.append("a")
    return out
