import torch
from typing import Optional


def f(x: Optional[int]) -> int:
    return x + 1
