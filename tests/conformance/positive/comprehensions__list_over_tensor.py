# adapted from test/test_jit.py::TestScript.test_comprehensions_wrap_tensor
# inputs: [torch.tensor([1.0, 2.0])]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    return [v * 2 for v in x]
