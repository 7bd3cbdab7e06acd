import torch
from typing import List


def fn(t0: torch.Tensor, t1: torch.Tensor, t2: torch.Tensor, t3: torch.Tensor, t4: torch.Tensor):
    return torch.nn.functional.batch_norm(t0, t1, t2, t3, t4, training=True, momentum=0.0)
