# inputs: [4]
import torch
from typing import List


def f(n: int) -> torch.Tensor:
    parts: List[torch.Tensor] = []
    for i in range(n):
        parts.append(torch.full([i + 1], float(i)))
    return torch.cat(parts, 0)
