import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor):
    return torch.allclose(t0, t1, rtol=0.1, atol=1e-16)
