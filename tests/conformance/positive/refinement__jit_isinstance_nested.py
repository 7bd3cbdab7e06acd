# adapted from test/jit/test_isinstance.py::TestIsinstance.test_list_nested
# inputs: [[[1, 2], [3]]]
import torch
from typing import Any, List


def f(x: Any) -> int:
    if torch.jit.isinstance(x, List[List[int]]):
        return len(x[0]) + len(x[1])
    return 0
