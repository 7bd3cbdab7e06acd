# adapted from test/test_jit.py::TestScript.test_dtype_inference
# inputs: [torch.float16]
import torch


def f(dt: torch.dtype) -> torch.Tensor:
    return torch.zeros(3, dtype=dt)
