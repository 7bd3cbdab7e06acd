# inputs: [3, None]
import torch
from typing import List, Optional


def f(a: Optional[int], b: Optional[int]) -> List[int]:
    out: List[int] = []
    if a is not None and a > 2:
        out.append(a)
    if b is None or b > 100:
        out.append(-1)
    if a is None or b is None:
        out.append(0)
    else:
        out.append(a + b)
    return out
