# adapted from test/jit/test_list_dict.py::TestDict.test_tensor_keys (keys compare by identity)
# inputs: []
import torch
from typing import Dict


def f() -> int:
    a = torch.tensor([1])
    b = torch.tensor([1])
    d: Dict[torch.Tensor, int] = {a: 1}
    d[b] = 2
    return len(d) * 10 + d[a]
