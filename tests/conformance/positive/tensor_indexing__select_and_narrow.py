# adapted from test/test_jit.py::TestScript.test_select_narrow
# inputs: [torch.arange(12.0).reshape(3, 4)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    return x.select(1, 2), x.narrow(0, 1, 2)
