# adapted from test/jit/test_union.py::TestUnion.test_union_type_refinement
# inputs: ["hello"]
import torch
from typing import Union


def f(x: Union[int, str]) -> str:
    if isinstance(x, str):
        return x + "!"
    else:
        return str(x + 1)
