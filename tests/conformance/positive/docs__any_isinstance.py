# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Any Type" (isinstance on an Any parameter)
# inputs: [torch.ones([2])]
import torch
from typing import Any


def f(a:Any):
    print(a)
    return (isinstance(a, torch.Tensor))
