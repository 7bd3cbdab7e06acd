import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.flatten(t0, start_dim=1, end_dim=-1)
