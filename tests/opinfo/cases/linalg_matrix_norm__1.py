import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.linalg.matrix_norm(t0, 'fro', (-2, -1), False)
