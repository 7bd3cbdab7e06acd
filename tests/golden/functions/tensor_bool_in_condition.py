# inputs: [torch.tensor([1., -2., 3.])]
import torch


def f(x: torch.Tensor) -> int:
    n = 0
    for i in range(x.size(0)):
        if x[i] > 0:
            n += 1
    if (x > 0).sum() == n:
        n = n * 100
    return n
