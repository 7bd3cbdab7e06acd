# inputs: [torch.tensor([100., 60.])]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, int]:
    steps = 0
    while bool(x.max() > 1.0):
        x = x / 2
        steps += 1
    return x, steps
