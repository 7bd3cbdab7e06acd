# adapted from test/test_jit.py::TestScript.test_math_tensor (torch equivalents)
# inputs: [torch.tensor([0.25, 1.0])]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    return [torch.sqrt(x), torch.exp(x), torch.log(x), torch.sin(x), torch.floor(x * 3), torch.ceil(x * 3)]
