# adapted from test/jit/test_enum.py::TestEnum (Optional enum argument)
# inputs: [False]
import torch
from enum import Enum
from typing import Optional


class Color(Enum):
    RED = 1
    GREEN = 2


def f(c: bool) -> str:
    x: Optional[Color] = None
    if c:
        x = Color.GREEN
    if x is None:
        return "none"
    return x.name
