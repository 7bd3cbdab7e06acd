# adapted from test/test_jit.py::TestScript.test_index_select
# inputs: [torch.arange(12.0).reshape(3, 4)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    idx = torch.tensor([2, 0])
    return x.index_select(0, idx), torch.gather(x, 1, torch.tensor([[0], [1], [3]]))
