import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.unique(t0, sorted=False, return_inverse=False, return_counts=False, dim=None)
