# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Local Variables" (value: Optional[torch.Tensor] = None); the docs omit
# "from typing import Optional"
# inputs: [torch.ones([6]), True]
import torch
from typing import Optional


def f(a, setVal: bool):
    value: Optional[torch.Tensor] = None
    if setVal:
        value = a
    return value
