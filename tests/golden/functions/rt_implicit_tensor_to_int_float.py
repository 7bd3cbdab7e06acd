# inputs: [torch.tensor([1., 2., 3.5])]
# Returning a Tensor from a function annotated -> int is implicitly converted (aten::Int) in 1.13; for a float tensor it fails at runtime.
import torch


def f(x: torch.Tensor) -> int:
    return x.sum()
