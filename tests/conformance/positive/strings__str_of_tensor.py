# adapted from test/test_jit.py::TestScript.test_str_tensor
# inputs: [torch.tensor([1.0, 2.5])]
import torch


def f(x: torch.Tensor) -> str:
    return str(x)
