# adapted from test/jit/test_enum.py::TestEnum.test_enum_value_types (unsupported value type)
import torch
from enum import Enum
from typing import List


class Bad(Enum):
    A = [1]
    B = [2]


def f() -> int:
    return len(Bad.A.value)
