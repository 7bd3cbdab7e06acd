# inputs: [torch.arange(4.), 3, None]
# source: /work/shared/reference/torchscript-internals.md section 4.3 "Function with loop, if and Optional" (y=None path)
import torch
from typing import Optional


def f(x: torch.Tensor, n: int, y: Optional[torch.Tensor] = None) -> torch.Tensor:
    acc = x
    for i in range(n):
        if i % 2 == 0:
            acc = acc + i
        else:
            acc = acc * 2.0
    if y is not None:
        acc = acc + y
    return acc
