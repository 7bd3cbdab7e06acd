# adapted from test/test_jit.py::TestScript.test_matmul
# inputs: [torch.arange(6.0).reshape(2, 3), torch.arange(6.0).reshape(3, 2)]
import torch
from typing import List


def f(a: torch.Tensor, b: torch.Tensor) -> List[torch.Tensor]:
    return [a @ b, torch.mm(a, b), a.matmul(b), torch.mv(a, torch.ones(3)), torch.dot(torch.ones(3), torch.arange(3.0))]
