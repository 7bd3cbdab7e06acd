# adapted from test/test_jit.py::TestScript.test_tuple_of_tensors
# inputs: [torch.ones(2)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    return x + 1, x * 2
