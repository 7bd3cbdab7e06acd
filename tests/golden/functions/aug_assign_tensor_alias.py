# inputs: [torch.zeros(3)]
# In-place aliasing: y = x; y += 1 mutates x as well (aten::add_).
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, bool]:
    y = x
    y += 1
    y *= 3
    y -= 0.5
    y /= 2
    return x, y, x is y
