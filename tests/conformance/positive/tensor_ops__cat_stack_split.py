# adapted from test/test_jit.py::TestScript.test_cat_stack_split
# inputs: [torch.arange(4.0), torch.arange(4.0) + 10]
import torch
from typing import List


def f(a: torch.Tensor, b: torch.Tensor) -> List[torch.Tensor]:
    c = torch.cat([a, b])
    s = torch.stack([a, b], 1)
    parts = torch.split(c, 3)
    chunks = torch.chunk(c, 2)
    return [c, s, parts[0], parts[-1], chunks[1]]
