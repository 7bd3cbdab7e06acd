# torch.jit._trace as scripted code sees it: `torch.jit.is_tracing()` (torchvision's stochastic_depth
# calls it) compiles, as in PyTorch, to a call of this function. PyTorch's reads
# `torch.jit.is_scripting()` first and so compiles to `return False`: scripted code is never being traced.
import torch


def is_tracing() -> bool:
    return False
