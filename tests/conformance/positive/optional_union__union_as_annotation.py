# adapted from test/jit/test_union.py::TestUnion.test_union_as_annotation
# inputs: []
import torch
from typing import Union


def f() -> Union[int, str]:
    x: Union[int, str] = "foo"
    return x
