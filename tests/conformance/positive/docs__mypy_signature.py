# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Annotate Function Signature" (Example 2: Mypy-style; the docs' arrow is U+2192,
# written here as "->")
# inputs: [torch.ones([6]), 100]
import torch


def f(a, b):
    # type: (torch.Tensor, int) -> torch.Tensor
    return a+b
