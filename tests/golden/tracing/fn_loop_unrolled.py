# A Python loop runs while tracing, so the trace holds it unrolled, with the loop counter as constants.
# trace: fn
# inputs: (torch.rand(3),)
# check: (torch.rand(5),)
import torch


def fn(x):
    for i in range(3):
        x = x * 2 + i
    return x
