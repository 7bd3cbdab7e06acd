import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.any(t0, dim=0, keepdim=True)
