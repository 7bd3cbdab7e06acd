# inputs: [17, 5]
# note: int ** int is float in TorchScript 1.13
import torch
from typing import Tuple


def f(a: int, b: int) -> Tuple[int, int, int, int, float, int, float]:
    return a + b, a - b, a * b, a // b, a / b, a % b, a ** 2
