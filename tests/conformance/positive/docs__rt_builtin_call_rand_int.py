# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Function Calls" (calls to builtin functions: torch.rand(3, dtype=torch.int)); the
# snippet compiles, but rand has no int kernel: '"check_uniform_bounds" not implemented for 'Int''
# inputs: []
import torch


def f():
    return torch.rand(3, dtype=torch.int)
