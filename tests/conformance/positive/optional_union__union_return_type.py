# adapted from test/jit/test_union.py::TestUnion.test_union_return_type
# inputs: [1]
import torch
from typing import Union


def f(x: int) -> Union[int, str]:
    return "foo"
