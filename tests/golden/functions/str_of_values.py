# inputs: [3, 2.5, True]
import torch
from typing import List


def f(i: int, x: float, b: bool) -> List[str]:
    return [str(i), str(x), str(b), str(-i), str(1e-3), str([1, 2]), str(None)]
