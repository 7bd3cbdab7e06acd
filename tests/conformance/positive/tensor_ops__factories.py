# adapted from test/test_jit.py::TestScript.test_tensor_factories
# inputs: []
import torch
from typing import List


def f() -> List[torch.Tensor]:
    return [torch.zeros(2, 2), torch.ones(3, dtype=torch.int64), torch.full([2], 7.0), torch.arange(1, 7, 2),
            torch.linspace(0, 1, 5), torch.eye(2), torch.empty(0), torch.tensor([[1, 2], [3, 4]])]
