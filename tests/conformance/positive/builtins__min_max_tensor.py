# adapted from test/test_jit.py::TestScript.test_min_max_tensor
# inputs: [torch.tensor([3.0, -1.0, 2.0]), torch.tensor([0.0, 5.0, 1.0])]
import torch
from typing import List, Tuple


def f(a: torch.Tensor, b: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    return torch.min(a), a.max(), torch.maximum(a, b), torch.minimum(a, b)
