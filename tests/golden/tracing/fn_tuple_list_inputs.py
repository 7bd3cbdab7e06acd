# Tuples and lists of tensors as inputs and outputs.
# trace: fn
# inputs: ((torch.rand(2, 2), torch.rand(2, 2)), [torch.rand(2), torch.rand(2)])
import torch


def fn(pair, items):
    a, b = pair
    s = items[0] + items[1]
    return (torch.matmul(a, b), a - b), s.sum(0)
