# adapted from test/jit/test_enum.py::TestEnum.test_enum_comp (identity)
# inputs: []
import torch
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


def f() -> bool:
    c = Color.RED
    return c is Color.RED
