import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor):
    t0 = t0.clone()
    t0.ldexp_(t1)
    return t0
