# inputs: [torch.tensor([[1., 2.], [3., 4.]]), torch.tensor([5, 6, 7])]
import torch
from typing import List


def f(a: torch.Tensor, b: torch.Tensor) -> List[float]:
    rows: List[List[float]] = a.tolist()
    ints: List[int] = b.tolist()
    out = rows[0] + rows[1]
    for i in ints:
        out.append(float(i))
    return out
