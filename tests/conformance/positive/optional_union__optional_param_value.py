# adapted from test/test_jit.py::TestScript.test_optional_tensor
# inputs: [torch.ones(3)]
import torch
from typing import Optional


def f(x: Optional[torch.Tensor]) -> torch.Tensor:
    if x is None:
        return torch.zeros(1)
    return x + 1
