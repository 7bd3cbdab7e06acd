# adapted from test/jit/test_typing.py (from torch import Tensor)
# inputs: [torch.ones(2)]
import torch
from torch import Tensor


def f(x: Tensor) -> Tensor:
    return x + 1
