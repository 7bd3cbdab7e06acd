# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "The if Statement" (a Tensor with 1 dimension is promoted to bool)
# inputs: [torch.rand(1)]
import torch


def fn(x: torch.Tensor):
    if x: # The tensor gets promoted to bool
        return True
    return False
