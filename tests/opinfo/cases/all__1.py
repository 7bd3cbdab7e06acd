import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.all(t0, dim=0, keepdim=True)
