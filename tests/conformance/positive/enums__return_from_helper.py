# adapted from test/jit/test_enum.py::TestEnum.test_enum_return
# inputs: [2]
import torch
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


def pick(v: int) -> Color:
    if v == 1:
        return Color.RED
    return Color.GREEN


def f(v: int) -> int:
    return pick(v).value
