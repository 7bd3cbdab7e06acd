import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.flip(t0, dims=(0, 1, 2))
