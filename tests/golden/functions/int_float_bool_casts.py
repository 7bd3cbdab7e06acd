# inputs: [3.99, -2.5, "12"]
import torch
from typing import Tuple


def f(x: float, y: float, s: str) -> Tuple[int, int, float, bool, bool, bool, int, float]:
    return int(x), int(y), float(7), bool(0), bool(x), bool(0.0), int(s), float(s)
