import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.nn.functional.softplus(t0, beta=3, threshold=0.2)
