import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor):
    return torch.bitwise_right_shift(t0, t1)
