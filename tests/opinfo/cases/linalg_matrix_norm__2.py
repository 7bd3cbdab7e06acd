import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.linalg.matrix_norm(t0, 'fro', (-1, 0), True)
