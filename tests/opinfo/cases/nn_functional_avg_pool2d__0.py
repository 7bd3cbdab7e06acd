import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.nn.functional.avg_pool2d(t0, 3, 1, 1, True, False, 2)
