# inputs: [torch.ones(2)]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    a = x
    a = a + 10
    b = x
    b += 100
    return [x, a, b]
