import torch
from typing import List


def f(x, n):
    # type: (torch.Tensor, int) -> List[torch.Tensor]
    out = []  # type: List[torch.Tensor]
    for i in range(n):
        out.append(x + i)
    return out
