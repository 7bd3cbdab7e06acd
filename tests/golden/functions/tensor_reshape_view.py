# inputs: [torch.arange(12.)]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    a = x.reshape(3, 4)
    b = x.view(2, -1)
    c = torch.reshape(x, [2, 3, 2])
    d = x.view([4, 3])
    return [a, b, c, d, a.flatten(), c.flatten(1), torch.flatten(c, 0, 1)]
