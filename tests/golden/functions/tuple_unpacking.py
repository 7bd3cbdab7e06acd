# inputs: [torch.arange(3.)]
import torch
from typing import Tuple


def pair(x: torch.Tensor) -> Tuple[torch.Tensor, int]:
    return x * 2, x.numel()


def f(x: torch.Tensor) -> Tuple[int, torch.Tensor, int, float, str]:
    a, b = pair(x)
    (c, d), e = (1, 2.5), "s"
    p, q = b, c
    q, p = p, q
    t = (p, a, q, d, e)
    u, v, w, y, z = t
    return u, v, w, y, z
