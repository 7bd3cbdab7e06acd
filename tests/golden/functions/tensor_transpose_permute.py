# inputs: [torch.arange(24.).reshape(2, 3, 4)]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    return [x.transpose(0, 1), torch.transpose(x, 1, 2), x.permute(2, 0, 1), x.permute([1, 2, 0]).contiguous()]
