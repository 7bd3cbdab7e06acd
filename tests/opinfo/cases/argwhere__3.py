import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.argwhere(t0)
