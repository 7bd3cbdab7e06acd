import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor):
    return torch.nn.functional.cosine_similarity(t0, t1, dim=-1)
