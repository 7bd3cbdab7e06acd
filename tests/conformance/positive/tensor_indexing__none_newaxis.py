# adapted from test/test_jit.py::TestScript.test_index_with_none
# inputs: [torch.arange(6.0).reshape(2, 3)]
import torch
from typing import List


def f(x: torch.Tensor) -> List[int]:
    return list(x[None].shape) + list(x[:, None].shape) + list(x[..., None].shape)
