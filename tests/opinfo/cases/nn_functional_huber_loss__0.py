import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor):
    return torch.nn.functional.huber_loss(t0, t1, reduction='none', delta=7.847524724847738)
