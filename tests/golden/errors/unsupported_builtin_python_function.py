import torch
from typing import List


def f(xs: List[int]) -> List[int]:
    return list(map(abs, xs))
