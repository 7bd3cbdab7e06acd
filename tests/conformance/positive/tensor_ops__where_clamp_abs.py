# adapted from test/test_jit.py::TestScript.test_where
# inputs: [torch.tensor([-2.0, 0.5, 3.0])]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    return [torch.where(x > 0, x, torch.zeros_like(x)), x.clamp(-1.0, 1.0), x.abs(), torch.relu(x), torch.sigmoid(x)]
