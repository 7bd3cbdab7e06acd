# A @torch.jit.script function called while tracing is recorded as one call (prim::CallFunction);
# its control flow stays in it, unlike the traced caller's.
# trace: fn
# inputs: (torch.ones(3),)
# check: (-torch.ones(3),)
import torch


@torch.jit.script
def g(x):
    if bool(x.sum() > 0):
        return x + 1
    return x - 1


def fn(x):
    return g(x) * 2
