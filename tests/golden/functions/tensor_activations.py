# inputs: [torch.linspace(-2., 2., 9)]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    return [torch.relu(x), x.relu(), torch.sigmoid(x), x.tanh(), torch.abs(x), x.abs()]
