# adapted from test/jit/test_enum.py::TestEnum.test_enum_value_types (float values)
# inputs: [2.0]
import torch
from enum import Enum


class Scale(Enum):
    HALF = 0.5
    DOUBLE = 2.0


def f(x: float) -> float:
    return x * Scale.HALF.value + Scale.DOUBLE.value
