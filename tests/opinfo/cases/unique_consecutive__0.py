import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.unique_consecutive(t0, return_inverse=False, return_counts=False, dim=None)
