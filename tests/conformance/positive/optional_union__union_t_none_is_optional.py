# adapted from test/jit/test_union.py::TestUnion.test_union_T_None_is_equivalent_to_optional_T
# inputs: []
import torch
from typing import Optional, Union


def inner(x: Union[int, None]) -> int:
    if x is not None:
        return x
    else:
        return 5


def f() -> int:
    a: Optional[int] = 5
    b: Optional[int] = None
    return inner(a) + inner(b)
