# adapted from test/test_jit.py::TestScript.test_for_in_tensor (iterating a tensor)
# inputs: [torch.tensor([[1, 2], [3, 4], [5, 6]])]
import torch
from typing import List


def f(x: torch.Tensor) -> List[int]:
    out: List[int] = []
    for row in x:
        out.append(int(row.sum()))
    return out
