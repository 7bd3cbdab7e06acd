# adapted from test/test_jit.py::TestScript.test_cumsum
# inputs: [torch.tensor([1, 2, 3, 4])]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    return [x.cumsum(0), torch.flip(x, [0]), x.roll(1), torch.diff(x)]
