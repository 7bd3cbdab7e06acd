# inputs: [torch.arange(4.)]
import torch
from typing import List


def f(a: torch.Tensor) -> List[torch.Tensor]:
    return [a + 1, a - 2.5, a * 3, a / 2, 1 - a, 2 * a, 3.0 + a, 1 / (a + 1), -a, a.neg()]
