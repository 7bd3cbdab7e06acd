# Tracing a ScriptFunction gives a function that calls it.
# trace: g
# inputs: (torch.ones(3),)
# check: (-torch.ones(3),)
import torch


@torch.jit.script
def g(x):
    if bool(x.sum() > 0):
        return x + 1
    return x - 1
