# adapted from test/test_jit.py::TestScript.test_optional_default
# inputs: [torch.ones(2)]
import torch
from typing import Optional


def g(x: torch.Tensor, w: Optional[torch.Tensor] = None) -> torch.Tensor:
    if w is None:
        return x
    return x * w


def f(x: torch.Tensor) -> torch.Tensor:
    return g(x) + g(x, torch.full([2], 3.0))
