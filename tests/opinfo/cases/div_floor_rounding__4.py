import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor):
    t0 = t0.clone()
    t0.div_(t1, rounding_mode='floor')
    return t0
