# adapted from test/test_jit.py::TestScript.test_like_factories
# inputs: [torch.tensor([[1, 2]], dtype=torch.int32)]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    return [torch.zeros_like(x), torch.ones_like(x), torch.full_like(x, 3), x.new_zeros([2])]
