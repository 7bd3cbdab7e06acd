# inputs: [None]
import torch
from typing import Optional


def need(x: Optional[int]) -> int:
    assert x is not None, "x was None"
    return x


def f(x: Optional[int]) -> int:
    return need(x) * 2
