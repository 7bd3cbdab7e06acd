# adapted from test/jit/test_union.py::TestUnion.test_union_optional_of_union_return
# inputs: [None]
import torch
from typing import Union


def f(x: Union[int, str, None]) -> str:
    if x is None:
        return "none"
    elif isinstance(x, int):
        return "int"
    else:
        return x
