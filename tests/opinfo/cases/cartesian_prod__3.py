import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.cartesian_prod(t0)
