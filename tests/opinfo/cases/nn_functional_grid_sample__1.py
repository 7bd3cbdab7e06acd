import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor):
    return torch.nn.functional.grid_sample(t0, t1, mode='bilinear', padding_mode='zeros', align_corners=True)
