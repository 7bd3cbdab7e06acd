import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor, t2: torch.Tensor):
    return torch.nn.functional.layer_norm(t0, (1, 2, 3), t1, t2, eps=0.5)
