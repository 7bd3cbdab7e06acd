# adapted from test/jit/test_enum.py::TestEnum.test_enum_value_types / test_enum_name
# inputs: []
import torch
from enum import Enum
from typing import Tuple


class Color(Enum):
    RED = 1
    GREEN = 2


def f() -> Tuple[str, int]:
    c = Color.GREEN
    return c.name, c.value
