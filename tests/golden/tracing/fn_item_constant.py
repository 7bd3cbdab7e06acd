# A tensor turned into a Python number becomes a constant of the trace (with a TracerWarning).
# trace: fn
# inputs: (torch.arange(4.0),)
# check: (torch.ones(4),)
import torch


def fn(x):
    total = x.sum().item()
    return x * total
