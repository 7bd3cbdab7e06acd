# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "The tuple Statement"
# (unpacking all outputs of a function returning a tuple); func and the entry written around the snippet
# inputs: [torch.tensor([1.0, 2.0])]
import torch
from typing import Tuple


def func(x: torch.Tensor) -> Tuple[torch.Tensor, int]:
    return x * 2, 3


def f(x: torch.Tensor):
    abc = func(x) # Function that returns a tuple
    a,b = func(x)
    return abc, a, b
