# adapted from test/test_jit.py::TestScript.test_item / test_tolist
# inputs: [torch.tensor([1.5, 2.5])]
import torch
from typing import List, Tuple


def f(x: torch.Tensor) -> Tuple[float, List[float], int]:
    l: List[float] = x.tolist()
    return float(x[0].item()), l, int(x.sum().item())
