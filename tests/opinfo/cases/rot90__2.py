import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.rot90(t0, -5, (1, 2))
