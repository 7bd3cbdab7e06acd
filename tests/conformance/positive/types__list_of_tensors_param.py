# adapted from test/test_jit.py::TestScript.test_list_of_tensors
# inputs: [[torch.ones(2), torch.zeros(2)]]
import torch
from typing import List


def f(xs: List[torch.Tensor]) -> torch.Tensor:
    return torch.stack(xs).sum(0)
