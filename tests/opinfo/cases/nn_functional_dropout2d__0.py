import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.nn.functional.dropout2d(t0, p=0.0, training=True)
