# adapted from test/jit/test_enum.py::TestEnum.test_enum_comp_diff_classes (1.13 compiles it; the result is False)
# inputs: []
import torch
from enum import Enum


class Foo(Enum):
    ITEM1 = 1


class Bar(Enum):
    ITEM1 = 1


def f() -> bool:
    return Foo.ITEM1 == Bar.ITEM1
