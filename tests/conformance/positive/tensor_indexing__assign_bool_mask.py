# adapted from test/test_jit.py::TestScript.test_index_put_bool_mask
# inputs: [torch.tensor([1.0, -2.0, 3.0, -4.0])]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    x[x < 0] = 0.0
    return x
