import torch
from typing import List


def fn(t0: torch.Tensor):
    t0 = t0.clone()
    t0.sigmoid_()
    return t0
