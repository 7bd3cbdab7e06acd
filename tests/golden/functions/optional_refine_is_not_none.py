# inputs: [torch.ones(3), None, 2.0]
import torch
from typing import Optional


def scale(x: torch.Tensor, w: Optional[torch.Tensor], s: Optional[float]) -> torch.Tensor:
    if w is not None:
        x = x * w
    if s is None:
        return x
    return x * s


def f(x: torch.Tensor, w: Optional[torch.Tensor], s: Optional[float]) -> torch.Tensor:
    return scale(x, w, s) + scale(x, x + 1, None)
