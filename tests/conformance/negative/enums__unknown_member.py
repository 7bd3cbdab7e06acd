# adapted from test/jit/test_enum.py::TestEnum (nonexistent member)
import torch
from enum import Enum


class Color(Enum):
    RED = 1


def f() -> int:
    return Color.PURPLE.value
