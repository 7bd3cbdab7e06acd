# adapted from test/jit/test_union.py::TestUnion.test_union_type_refinement_statically_false
# inputs: [1.5]
import torch
from typing import Union


def f(x: Union[int, float, str]) -> float:
    if isinstance(x, int):
        return float(x)
    elif isinstance(x, float):
        return x * 2.0
    else:
        return float(len(x))
