# adapted from test/test_jit.py::TestScript.test_annotate_optional
# inputs: [True]
import torch
from typing import Optional


def f(c: bool) -> int:
    x = torch.jit.annotate(Optional[int], None)
    if c:
        x = 4
    if x is None:
        return 0
    return x
