import torch
from typing import List


def fn():
    return torch.zeros((5, 5), dtype=torch.float32, device='cpu')
