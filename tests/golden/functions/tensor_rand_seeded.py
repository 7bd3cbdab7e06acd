# inputs: [4]
# note: the generator calls torch.manual_seed(0) right before calling the function
import torch
from typing import Tuple


def f(n: int) -> Tuple[torch.Tensor, torch.Tensor]:
    a = torch.rand(n)
    b = torch.rand([2, n], dtype=torch.float64)
    return a, b
