import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.bincount(t0, weights=None, minlength=0)
