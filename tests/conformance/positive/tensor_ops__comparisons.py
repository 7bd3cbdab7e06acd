# adapted from test/test_jit.py::TestScript.test_comparison_ops
# inputs: [torch.tensor([1, 2, 3]), torch.tensor([3, 2, 1])]
import torch
from typing import List


def f(a: torch.Tensor, b: torch.Tensor) -> List[torch.Tensor]:
    return [a < b, a <= b, a > b, a >= b, a == b, a != b]
