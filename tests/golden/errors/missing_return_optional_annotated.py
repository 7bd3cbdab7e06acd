# inputs: [3]
import torch
from typing import Optional


def f(x: int) -> Optional[int]:
    if x > 5:
        return x
