# adapted from test/jit/test_union.py::TestUnion.test_union_type_refinement_assert
# inputs: ["abc"]
import torch
from typing import Union


def f(x: Union[int, str]) -> int:
    assert isinstance(x, str)
    return len(x)
