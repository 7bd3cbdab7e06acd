import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.nn.functional.avg_pool2d(t0, (6, 6), (3, 3), (2, 3), True, True, 2)
