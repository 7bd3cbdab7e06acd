# adapted from test/test_jit.py::TestScript.test_size_dim
# inputs: [torch.zeros(2, 3, 4)]
import torch
from typing import List


def f(x: torch.Tensor) -> List[int]:
    return [x.dim(), x.numel(), x.size(1), x.size(-1), x.shape[0], len(x.size())]
