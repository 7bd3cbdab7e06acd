# adapted from test/test_jit.py::TestScript.test_index_ellipses
# inputs: [torch.arange(24.0).reshape(2, 3, 4)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    return x[..., 0], x[0, ...], x[0, ..., 1]
