# adapted from test/jit/test_union.py::TestUnion.test_union_variable_can_be_reassigned
# inputs: []
import torch
from typing import Union


def f() -> Union[int, str]:
    x: Union[int, str] = "foo"
    i: int = 1
    s: str = "bar"
    x = i
    x = s
    return x
