# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Annotate Function Signature" (Example 2 exactly as printed, with the arrow U+2192)
import torch


def f(a, b):
    # type: (torch.Tensor, int) → torch.Tensor
    return a+b
