# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "torch.jit.annotate(T, expr)" (an empty list annotated as List[int])
# inputs: [3]
import torch
from typing import List


def g(l: List[int], val: int):
    l.append(val)
    return l


def f(val: int):
    l = g(torch.jit.annotate(List[int], []), val)
    return l
