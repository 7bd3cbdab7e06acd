import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.transpose(t0, 1, -2)
