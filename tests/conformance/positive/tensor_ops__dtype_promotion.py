# adapted from test/test_jit.py::TestScript.test_type_promotion
# inputs: [torch.tensor([1, 2]), torch.tensor([0.5, 0.5])]
import torch
from typing import List


def f(a: torch.Tensor, b: torch.Tensor) -> List[torch.Tensor]:
    return [a + b, a * 2.5, a / 2, a // 2, a.float(), b.long(), a.to(torch.float64), (a > 1).int()]
