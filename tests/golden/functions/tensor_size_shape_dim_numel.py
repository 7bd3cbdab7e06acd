# inputs: [torch.zeros(2, 3, 5)]
import torch
from typing import Tuple, List


def f(x: torch.Tensor) -> Tuple[int, int, List[int], List[int], int, int, int]:
    return x.size(0), x.size(-1), x.size(), x.shape, x.dim(), x.numel(), x.shape[1]
