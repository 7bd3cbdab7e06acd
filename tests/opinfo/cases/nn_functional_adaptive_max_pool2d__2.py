import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.nn.functional.adaptive_max_pool2d(t0, (2, 3), False)
