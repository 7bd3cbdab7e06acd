# adapted from test/jit/test_isinstance.py::TestIsinstance.test_list_nested
# inputs: [[1, 2, 3]]
import torch
from typing import Any, List


def f(x: Any) -> bool:
    return torch.jit.isinstance(x, List[str])
