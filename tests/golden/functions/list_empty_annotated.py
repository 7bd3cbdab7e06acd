# inputs: [0]
import torch
from typing import List


def f(n: int) -> List[str]:
    out: List[str] = []
    names = torch.jit.annotate(List[str], [])
    for i in range(n):
        out.append(str(i))
    return out + names
