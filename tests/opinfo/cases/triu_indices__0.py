import torch
from typing import List


def fn():
    return torch.triu_indices(0, 0, dtype=torch.int64, device='cpu')
