# adapted from test/jit/test_union.py::TestUnion.test_union_with_scalar_values
# inputs: [1.0]
import torch
from typing import Union


def f(x: Union[int, float]) -> str:
    return "foo"
