# inputs: [torch.arange(12.).view(2, 2, 3)]
import torch
from typing import Tuple


# `x.mT` and `x.real` are properties PyTorch compiles to aten::mT / aten::real (pytorch/examples gat
# uses `target_scores.mT`)
def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, bool]:
    return x.mT + 1, x.real, x.is_leaf
