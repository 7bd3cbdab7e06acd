# source: https://pytorch.org/docs/1.13/jit.html, section "Disable JIT for Debugging" (the scripted function of the example script)
# inputs: [torch.rand(4, 5)]
import torch


def scripted_fn(x : torch.Tensor):
    for i in range(12):
        x = x + x
    return x
