import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.var(t0, dim=1)
