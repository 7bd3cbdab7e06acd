# adapted from test/test_jit.py::TestScript.test_broadcast
# inputs: [torch.arange(6.0).reshape(2, 3), torch.tensor([1.0, 2.0, 3.0])]
import torch
from typing import List


def f(a: torch.Tensor, b: torch.Tensor) -> List[torch.Tensor]:
    return [a + b, a - b, a * b, a / b, a ** 2, -a, a // 2, a % 4]
