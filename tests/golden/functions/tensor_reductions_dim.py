# inputs: [torch.tensor([[3., -1., 4.], [1., 5., -9.]])]
import torch
from typing import List, Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    values, indices = x.max(1)
    mn, mi = torch.min(x, dim=0, keepdim=True)
    s = x.sum(0)
    m = x.mean(dim=1, keepdim=True)
    am = torch.argmax(x, dim=1)
    return values, indices, mn, mi, s, m, am
