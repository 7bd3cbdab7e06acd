import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.nn.functional.upsample_bilinear(t0, size=(5, 5))
