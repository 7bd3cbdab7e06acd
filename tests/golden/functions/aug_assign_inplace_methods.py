# inputs: [torch.arange(4.)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    y = x.clone()
    x.add_(1)
    x.mul_(2)
    y.relu_()
    y.sub_(torch.ones(4), alpha=2)
    return x, y
