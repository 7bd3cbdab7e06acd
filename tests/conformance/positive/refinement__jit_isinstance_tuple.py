# adapted from test/jit/test_isinstance.py::TestIsinstance.test_tuple
# inputs: [(1, "a")]
import torch
from typing import Any, Tuple


def f(x: Any) -> str:
    if torch.jit.isinstance(x, Tuple[int, str]):
        a, b = x
        return b + str(a)
    return ""
