import torch
from typing import List


def f(xs: List[int]) -> List[int]:
    return [x for x in xs if x % 2 == 0]
