# adapted from test/test_jit.py::TestScript.test_reverse_ops
# inputs: [torch.tensor([1.0, 2.0, 4.0])]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    return [1 + x, 2 - x, 3 * x, 8 / x, 2 ** x]
