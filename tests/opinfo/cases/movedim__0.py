import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.movedim(t0, [0, 1, 2, 3], [3, 2, 1, 0])
