import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor, t2: torch.Tensor):
    return torch.nn.functional.conv2d(t0, t1, t2, stride=(2, 2), padding=2, groups=1)
