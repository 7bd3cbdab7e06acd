# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Types" (Example: a type mismatch, an_error)
import torch


def an_error(x):
    if x:
        r = torch.rand(1)
    else:
        r = 4
    return r
