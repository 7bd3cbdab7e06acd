import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor, t2: torch.Tensor):
    return torch.block_diag(t0, t1, t2)
