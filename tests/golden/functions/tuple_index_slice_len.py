# inputs: []
import torch
from typing import Tuple


def f() -> Tuple[int, str, Tuple[float, bool], int]:
    t = (1, "two", 3.0, True)
    return t[0], t[1], t[2:], len(t)
