# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Enum Type" (restricted enum subclassing: BaseColor defines no member)
# inputs: []
import torch
from enum import Enum
from typing import Tuple


class BaseColor(Enum):
    def foo(self):
        pass


class Color(BaseColor):
    RED = 1
    GREEN = 2


def enum_fn(x: Color, y: Color) -> bool:
    if x == Color.RED:
        return True

    return x == y


def f() -> Tuple[bool, bool]:
    return enum_fn(Color.RED, Color.GREEN), enum_fn(Color.GREEN, Color.RED)
