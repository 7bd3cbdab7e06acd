# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "The for-in Statement" (for loops on tuples are unrolled)
# inputs: []
import torch
from typing import Tuple


def fn():
    tup = (3, torch.ones(4))
    for x in tup:
        print(x)
