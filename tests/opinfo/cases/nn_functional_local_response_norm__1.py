import torch
from typing import List


def fn(t0: torch.Tensor):
    return torch.nn.functional.local_response_norm(t0, 2, beta=0.5, k=1.25)
