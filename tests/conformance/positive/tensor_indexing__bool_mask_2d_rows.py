# adapted from test/test_jit.py::TestScript.test_index_bool_mask (row mask)
# inputs: [torch.arange(6.0).reshape(3, 2), torch.tensor([True, False, True])]
import torch


def f(x: torch.Tensor, m: torch.Tensor) -> torch.Tensor:
    return x[m]
