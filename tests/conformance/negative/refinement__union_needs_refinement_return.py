# adapted from test/jit/test_union.py::TestUnion (returning a Union where int expected)
import torch
from typing import Union


def f(x: Union[int, str]) -> int:
    return x
