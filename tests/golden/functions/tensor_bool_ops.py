# inputs: [torch.tensor([True, False, True]), torch.tensor([1, 0, 1])]
import torch
from typing import List


def f(m: torch.Tensor, n: torch.Tensor) -> List[torch.Tensor]:
    return [m & (n == 1), m | (n == 0), m ^ (n == 1), ~m, m.sum(), torch.where(m, n, n * 10)]
