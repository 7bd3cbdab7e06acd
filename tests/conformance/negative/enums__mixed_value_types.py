# adapted from test/jit/test_enum.py::TestEnum.test_enum_value_types (values of different types)
import torch
from enum import Enum


class Bad(Enum):
    A = 1
    B = "b"


def f() -> int:
    return Bad.A.value
