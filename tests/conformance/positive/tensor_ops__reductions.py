# adapted from test/test_jit.py::TestScript.test_reductions
# inputs: [torch.tensor([[1.0, 2.0], [3.0, 4.0]])]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    return [x.sum(), x.mean(), x.prod(), x.sum(0), x.mean(1, keepdim=True), x.max(), x.min(), x.std(), x.norm()]
