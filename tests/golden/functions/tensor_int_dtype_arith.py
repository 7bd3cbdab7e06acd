# inputs: [torch.arange(6).reshape(2, 3)]
import torch
from typing import List


def f(a: torch.Tensor) -> List[torch.Tensor]:
    # int64 tensor: true division promotes to float, floor division and % stay int64
    return [a + 1, a * 2, a / 2, a // 2, a % 4, a - a, a ** 2]
