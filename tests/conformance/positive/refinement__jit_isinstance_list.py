# adapted from test/jit/test_isinstance.py::TestIsinstance.test_list
# inputs: [[1, 2, 3]]
import torch
from typing import Any, List


def f(x: Any) -> int:
    if torch.jit.isinstance(x, List[int]):
        return sum(x)
    return -1
