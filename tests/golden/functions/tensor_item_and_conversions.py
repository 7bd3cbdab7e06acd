# inputs: [torch.tensor([2.75]), torch.tensor(3), torch.tensor(True)]
import torch
from typing import Tuple


def f(a: torch.Tensor, b: torch.Tensor, c: torch.Tensor) -> Tuple[float, int, bool, float, int, bool, float]:
    return float(a), int(b), bool(c), a.item(), int(a), bool(b), float(b.item())
