import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.permute(t0, (0, 2, 3, 1))
