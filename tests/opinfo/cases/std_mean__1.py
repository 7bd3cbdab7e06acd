import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.std_mean(t0, dim=1)
