import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.combinations(t0, r=1, with_replacement=False)
