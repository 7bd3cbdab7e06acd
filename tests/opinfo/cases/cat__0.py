import torch
from typing import List


def fn(t0: List[torch.Tensor]):
    return torch.cat(t0, dim=-1)
