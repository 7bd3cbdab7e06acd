# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Function Calls" (calls to other script functions: foo, bar)
# inputs: [torch.arange(3.)]
import torch


@torch.jit.script
def foo(x):
    return x + 1


def bar(x):
    return foo(x)
