import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.as_strided(t0, (2, 2), (1, 2), storage_offset=0)
