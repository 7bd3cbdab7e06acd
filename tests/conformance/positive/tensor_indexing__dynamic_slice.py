# adapted from test/jit/test_slice.py::TestSlice.test_slice_dynamic_index
# inputs: [torch.arange(10.0), 2, 7]
import torch


def f(x: torch.Tensor, a: int, b: int) -> torch.Tensor:
    return x[a:b]
