# adapted from test/test_jit.py::TestScript.test_torch_tensor_as_tensor
# inputs: [[1.0, 2.0, 3.0]]
import torch
from typing import List


def f(x: List[float]) -> torch.Tensor:
    return torch.tensor(x) * 2
