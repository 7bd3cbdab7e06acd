# Shape arithmetic stays in the trace: batch * channels computed from x.shape.
# trace: fn
# inputs: (torch.rand(2, 3, 4),)
# check: (torch.rand(5, 3, 4),)
import torch


def fn(x):
    b, c, w = x.shape
    return x.reshape(b * c, w).t().contiguous()
