# adapted from test/test_jit.py::TestScript.test_if_tensor_condition
# inputs: [torch.tensor(3.0)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    if x > 2:
        y = x * 2
    else:
        y = x - 2
    return y
