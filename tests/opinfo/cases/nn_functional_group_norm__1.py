import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor, t2: torch.Tensor):
    return torch.nn.functional.group_norm(t0, 2, weight=t1, bias=t2, eps=-0.5)
