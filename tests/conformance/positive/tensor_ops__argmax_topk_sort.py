# adapted from test/test_jit.py::TestScript.test_topk / test_sort
# inputs: [torch.tensor([3.0, 1.0, 4.0, 1.5])]
import torch
from typing import List


def f(x: torch.Tensor) -> List[torch.Tensor]:
    v, i = torch.topk(x, 2)
    s, si = torch.sort(x, descending=True)
    return [x.argmax(), x.argmin(), v, i, s, si]
