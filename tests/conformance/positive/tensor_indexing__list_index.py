# adapted from test/test_jit.py::TestScript.test_index_list (advanced indexing with a list literal)
# inputs: [torch.arange(12.0).reshape(3, 4)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    return x[[0, 2]]
