import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.linalg.matrix_power(t0, 0)
