import torch
from typing import List


def fn(t0: torch.Tensor):
    return t0.expand((-1, 5, -1))
