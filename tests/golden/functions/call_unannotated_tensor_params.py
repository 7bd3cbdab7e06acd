# inputs: [torch.ones(2), torch.arange(2.)]
# Unannotated parameters default to Tensor.
import torch


def combine(a, b, alpha: float = 0.5):
    return a * alpha + b * (1 - alpha)


def f(a, b):
    return combine(a, b), combine(a, b, alpha=0.25)
