# adapted from test/jit/test_enum.py::TestEnum (Color(1) lookup by value is not supported)
import torch
from enum import Enum


class Color(Enum):
    RED = 1


def f() -> str:
    return Color(1).name
