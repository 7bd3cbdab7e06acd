# inputs: [torch.arange(6.).reshape(1, 2, 1, 3)]
import torch
from typing import List


def f(x: torch.Tensor) -> List[List[int]]:
    return [x.squeeze().shape, x.squeeze(0).shape, torch.squeeze(x, 2).shape, x.unsqueeze(0).shape, torch.unsqueeze(x, -1).shape]
