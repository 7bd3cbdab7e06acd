# adapted from test/jit/test_list_dict.py::TestList.test_tensor_list
# inputs: [torch.arange(3.0)]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    out: List[torch.Tensor] = []
    for i in range(3):
        out.append(x * i)
    return out
