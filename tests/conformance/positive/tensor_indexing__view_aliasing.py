# adapted from test/test_jit.py::TestScript.test_index_view_aliasing (slice assignment writes through a view)
# inputs: [torch.zeros(2, 2)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    row = x[0]
    row[1] = 3.0
    return x, row
