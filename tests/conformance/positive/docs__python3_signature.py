# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Annotate Function Signature" (Example 1: Python3-style, a unannotated)
# inputs: [torch.ones([6]), 100]
import torch


def f(a, b: int):
    return a+b
