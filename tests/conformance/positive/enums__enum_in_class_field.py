# adapted from test/jit/test_enum.py::TestEnum.test_enum_as_class_attribute
# inputs: []
import torch
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@torch.jit.script
class Pen(object):
    def __init__(self, c: Color):
        self.c = c


def f() -> str:
    return Pen(Color.GREEN).c.name
