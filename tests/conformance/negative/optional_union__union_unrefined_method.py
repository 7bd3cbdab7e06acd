# adapted from test/jit/test_union.py::TestUnion.test_union_type_refinement (unrefined use)
import torch
from typing import Union


def f(x: Union[int, str]) -> str:
    return x.upper()
