import torch
from typing import List


def f(x: List[int], y: str) -> bool:
    return x < y
