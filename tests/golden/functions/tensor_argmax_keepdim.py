# inputs: [torch.tensor([[0.1, 0.9, 0.0], [0.7, 0.2, 0.1]])]
import torch
from typing import List


def f(p: torch.Tensor) -> List[int]:
    idx = torch.argmax(p, dim=1, keepdim=True)
    out: List[int] = []
    for i in range(idx.size(0)):
        out.append(int(idx[i, 0]))
    out.append(int(p.argmax()))
    return out
