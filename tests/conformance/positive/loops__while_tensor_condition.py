# adapted from test/test_jit.py::TestScript.test_while_tensor_cond
# inputs: [torch.tensor([1.0])]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    while bool(x < 100):
        x = x * 3
    return x
