# adapted from test/test_jit.py::TestScript.test_tensor_bitwise
# inputs: [torch.tensor([True, False, True]), torch.tensor([True, True, False])]
import torch
from typing import List


def f(a: torch.Tensor, b: torch.Tensor) -> List[torch.Tensor]:
    return [a & b, a | b, a ^ b, ~a]
