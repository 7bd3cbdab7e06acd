import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.constant_pad_nd(t0, (2, 2))
