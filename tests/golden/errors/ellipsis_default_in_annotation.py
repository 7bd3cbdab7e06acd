import torch
from typing import Tuple


def f(x: Tuple[int, ...]) -> int:
    return x[0]
