# adapted from test/jit/test_union.py::TestUnion.test_unions_of_unions_are_flattened
# inputs: ["s"]
import torch
from typing import Union


def f(x: Union[Union[int, str], float]) -> str:
    return "foo"
