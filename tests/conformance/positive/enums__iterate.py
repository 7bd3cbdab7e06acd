# adapted from test/jit/test_enum.py::TestEnum.test_enum_iterate
# inputs: []
import torch
from enum import Enum
from typing import List


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


def f() -> List[int]:
    out: List[int] = []
    for c in Color:
        out.append(c.value)
    return out
