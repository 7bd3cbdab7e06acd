# adapted from test/jit/test_union.py::TestUnion.test_unions_of_a_single_argument_vanish
# inputs: [4]
import torch
from typing import Union


def f(x: Union[int]) -> int:
    return x + 1
