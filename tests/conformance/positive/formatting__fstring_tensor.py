# adapted from test/test_jit.py::TestScript.test_fstring_tensor
# inputs: [torch.tensor([1.5, 2.0])]
import torch


def f(x: torch.Tensor) -> str:
    return f"x is {x}"
