# adapted from test/jit/test_enum.py::TestEnum.test_enum_as_arg
# inputs: [1]
import torch
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


def describe(c: Color) -> str:
    if c == Color.RED:
        return "red"
    return "not red"


def f(x: int) -> str:
    c = Color.RED if x == 1 else Color.GREEN
    return describe(c)
