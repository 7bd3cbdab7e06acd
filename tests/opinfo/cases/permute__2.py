import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.permute(t0, (2, 1, 3, 0))
