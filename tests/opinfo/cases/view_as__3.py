import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor):
    return t0.view_as(t1)
