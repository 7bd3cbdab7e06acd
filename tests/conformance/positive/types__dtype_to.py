# adapted from test/test_jit.py::TestScript.test_tensor_dtype
# inputs: [torch.tensor([1.7, -2.2])]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    dt = torch.int32
    return x.to(dt)
