# len() of a tensor and iterating over one while tracing: both freeze the length, with PyTorch's
# warnings; the iteration is recorded as unbind.
# trace: fn
# inputs: (torch.rand(3, 2),)
import torch


def fn(x):
    n = len(x)
    rows = [r * 2 for r in x]
    return rows[0] + rows[2] * n, abs(x - 0.5)
