# adapted from test/jit/test_typing.py::TestTyping.test_list_any
# inputs: []
import torch
from typing import Any, List


def f() -> int:
    xs: List[Any] = [1, "two", 3.0]
    return len(xs)
