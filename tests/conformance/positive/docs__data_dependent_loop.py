# source: https://pytorch.org/docs/1.13/jit.html, section "Automatic Trace Checking" (data-dependent control flow captured with torch.jit.script)
# inputs: [torch.rand(3, 4, 5)]
import torch


def fn(x):
    result = x[0]
    for i in range(x.size(0)):
        result = result * x[i]
    return result
