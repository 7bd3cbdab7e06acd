# adapted from test/jit/test_enum.py::TestEnum (1.13 has no `in` for a List of enums)
import torch
from enum import Enum
from typing import List


class Color(Enum):
    RED = 1
    GREEN = 2


def f() -> bool:
    xs: List[Color] = [Color.RED, Color.GREEN]
    return Color.RED in xs
