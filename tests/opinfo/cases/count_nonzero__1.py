import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.count_nonzero(t0, dim=0)
