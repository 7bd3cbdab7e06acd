# adapted from test/test_jit.py::TestScript.test_augmented_assignment
# inputs: [10]
import torch
from typing import List


def f(x: int) -> List[int]:
    out: List[int] = []
    x += 3
    out.append(x)
    x -= 1
    out.append(x)
    x *= 2
    out.append(x)
    x <<= 2
    out.append(x)
    x |= 1
    out.append(x)
    return out
