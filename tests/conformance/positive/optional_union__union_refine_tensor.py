# adapted from test/jit/test_union.py::TestUnion.test_union_branching_with_tensor
# inputs: [torch.tensor([1.0, 2.0])]
import torch
from typing import Union


def f(x: Union[torch.Tensor, int]) -> torch.Tensor:
    if isinstance(x, torch.Tensor):
        return x * 2
    return torch.tensor(x)
