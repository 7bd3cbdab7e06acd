# adapted from test/test_jit.py::TestScript.test_view_reshape
# inputs: [torch.arange(6.0)]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    a = x.view(2, 3)
    return [a, x.reshape(3, -1), a.t(), a.transpose(0, 1).contiguous(), a.flatten(), a.unsqueeze(0), a.permute(1, 0)]
