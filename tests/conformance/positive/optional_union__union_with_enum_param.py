# adapted from test/jit/test_union.py::TestUnion.test_union_with_enum
# inputs: ["red"]
import torch
from enum import Enum
from typing import Union


class Color(Enum):
    RED = 1
    GREEN = 2


def f(x: Union[str, Color]) -> str:
    return "foo"
