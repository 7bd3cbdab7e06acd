# adapted from test/jit/test_union.py::TestUnion.test_union_as_internal_tuple_type
# inputs: []
import torch
from typing import Tuple, Union


def f():
    t: Tuple[Union[int, str], Union[int, str]] = (1, "foo")
    return t
