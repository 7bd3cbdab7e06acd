# source: https://pytorch.org/docs/1.13/jit.html, sections "Inspecting Code" and "Interpreting Graphs" (foo(len) with a type comment)
# inputs: [12]
import torch


def foo(len):
    # type: (int) -> torch.Tensor
    rv = torch.zeros(3, 4)
    for i in range(len):
        if i < 10:
            rv = rv - 1.0
        else:
            rv = rv + 1.0
    return rv
