# adapted from test/test_jit.py::TestScript.test_index (integer indexing)
# inputs: [torch.arange(12.0).reshape(3, 4)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    return x[0], x[-1], x[1, 2]
