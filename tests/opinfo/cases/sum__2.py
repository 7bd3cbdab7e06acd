import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.sum(t0, dim=-1, keepdim=False)
