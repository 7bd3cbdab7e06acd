import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor):
    return torch.searchsorted(t0, t1, out_int32=False, side='left')
