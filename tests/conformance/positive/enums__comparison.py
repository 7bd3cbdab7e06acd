# adapted from test/jit/test_enum.py::TestEnum.test_enum_comp
# inputs: []
import torch
from enum import Enum
from typing import Tuple


class Color(Enum):
    RED = 1
    GREEN = 2


def eq(x: Color, y: Color) -> bool:
    return x == y


def f() -> Tuple[bool, bool, bool]:
    return eq(Color.RED, Color.RED), eq(Color.RED, Color.GREEN), Color.RED != Color.GREEN
