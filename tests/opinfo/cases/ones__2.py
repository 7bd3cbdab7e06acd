import torch
from typing import List


def fn():
    return torch.ones((10,), dtype=torch.int64, device='cpu')
