# inputs: [torch.arange(6.).reshape(2, 3), torch.arange(12.).reshape(3, 4)]
import torch
from typing import Tuple


def f(a: torch.Tensor, b: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    return a @ b, torch.matmul(a, b), torch.mm(a, b), a.mm(b)
