# inputs: [torch.ones(2, 2), 4]
import torch


def f(x: torch.Tensor, n: int) -> torch.Tensor:
    acc = torch.zeros_like(x)
    for i in range(n):
        if i == 2:
            continue
        acc += x * i
    return acc
