# inputs: [torch.rand(3), torch.rand(3)]
# source: first example of the torch.jit.script documentation page (foo(x, y), scripted function)
import torch


def foo(x, y):
    if x.max() > y.max():
        r = x
    else:
        r = y
    return r
