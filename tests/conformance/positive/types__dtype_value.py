# adapted from test/test_jit.py::TestScript.test_dtype_attr
# inputs: [torch.ones(2, dtype=torch.float64)]
import torch
from typing import Tuple


def f(x: torch.Tensor) -> Tuple[torch.dtype, bool, bool]:
    return x.dtype, x.dtype == torch.float64, x.dtype == torch.float32
