import torch
from typing import List


def fn():
    return torch.ones((10,), dtype=torch.float32, device='cpu')
