# adapted from test/test_jit.py::TestScript.test_unwrap_optional_builtin
# inputs: [7]
import torch
from typing import Optional


def f(x: Optional[int]) -> int:
    return torch.jit._unwrap_optional(x) + 1
