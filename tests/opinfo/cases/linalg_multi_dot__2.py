import torch
from typing import List


def fn(t0: List[torch.Tensor]):
    return torch.linalg.multi_dot(t0)
