import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.split(t0, [2, 1, 2], -2)
