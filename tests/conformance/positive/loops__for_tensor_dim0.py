# adapted from test/test_jit.py::TestScript.test_for_in_tensor
# inputs: [torch.arange(6.0).reshape(3, 2)]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    out: List[torch.Tensor] = []
    for row in x:
        out.append(row * 2)
    return out
