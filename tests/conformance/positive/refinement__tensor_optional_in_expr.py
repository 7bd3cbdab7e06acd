# adapted from test/test_jit.py::TestScript.test_optional_tensor
# inputs: [torch.ones(2), None]
import torch
from typing import Optional


def f(x: torch.Tensor, bias: Optional[torch.Tensor]) -> torch.Tensor:
    y = x * 3
    if bias is not None:
        y = y + bias
    return y
