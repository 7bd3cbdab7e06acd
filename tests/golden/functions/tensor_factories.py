# inputs: [3]
import torch
from typing import List


def f(n: int) -> List[torch.Tensor]:
    return [
        torch.zeros(n),
        torch.ones(2, n),
        torch.zeros([n, 2], dtype=torch.int64),
        torch.ones([2], dtype=torch.float64),
        torch.full([2, 2], 7.0),
        torch.full([n], 1, dtype=torch.long),
        torch.arange(n),
        torch.arange(1, 7, 2),
        torch.arange(0.0, 1.0, 0.25),
        torch.arange(n, dtype=torch.float32),
        torch.zeros(n, dtype=torch.bool),
    ]
