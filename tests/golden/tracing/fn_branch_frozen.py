# Control flow on tensor values is frozen to the branch taken; PyTorch warns about the conversion.
# trace: fn
# inputs: (torch.ones(3),)
# check: (-torch.ones(3),)
import torch


def fn(x):
    if x.sum() > 0:
        return x + 1
    return x - 1
