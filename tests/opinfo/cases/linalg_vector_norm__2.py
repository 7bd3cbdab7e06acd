import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.linalg.vector_norm(t0, ord=2)
