# inputs: [torch.tensor([1, 2, 3])]
# Returning a Tensor from a function annotated -> int is implicitly converted (aten::Int) in 1.13 (fine for an integral tensor).
import torch


def f(x: torch.Tensor) -> int:
    return x.sum()
