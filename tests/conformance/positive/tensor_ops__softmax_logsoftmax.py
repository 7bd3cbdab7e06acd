# adapted from test/test_jit.py::TestScript.test_softmax
# inputs: [torch.tensor([[1.0, 2.0, 3.0]])]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    return [torch.softmax(x, 1), torch.log_softmax(x, dim=-1), torch.nn.functional.relu(x - 2)]
