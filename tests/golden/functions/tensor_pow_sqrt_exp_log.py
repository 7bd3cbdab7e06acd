# inputs: [torch.linspace(0.5, 3., 6)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    return x ** 2, torch.pow(x, 0.5), x.sqrt(), torch.exp(x), x.log(), 2 ** x
