# adapted from test/test_jit.py::TestScript.test_optional_tensor
# inputs: [None]
import torch
from typing import Optional


def f(x: Optional[torch.Tensor]) -> int:
    if x is None:
        return 1
    return 2
