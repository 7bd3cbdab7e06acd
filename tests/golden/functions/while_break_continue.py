# inputs: [20]
import torch
from typing import List


def f(n: int) -> List[int]:
    out: List[int] = []
    i = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 3 == 0:
            continue
        out.append(i)
    return out
