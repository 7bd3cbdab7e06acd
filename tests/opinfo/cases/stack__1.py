import torch
from typing import List


def fn(t0: List[torch.Tensor]):
    return torch.stack(t0, 0)
