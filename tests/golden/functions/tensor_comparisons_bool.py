# inputs: [torch.tensor([1., 2., 3., 4.]), torch.tensor([4., 2., 0., 4.])]
import torch
from typing import List


def f(a: torch.Tensor, b: torch.Tensor) -> List[torch.Tensor]:
    return [a < b, a <= b, a > b, a >= b, a == b, a != b, a > 2.5, 3 > a, (a > 1) & (b > 1), (a > 3) | (b < 1)]
