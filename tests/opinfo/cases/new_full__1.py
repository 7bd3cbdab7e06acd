import torch
from typing import List


def fn(t0: torch.Tensor):
    return t0.new_full((3, 2, 2), -2.5988149642944336)
