# adapted from test/jit/test_union.py::TestUnion.test_union_type_refinement_internal_declaration
# inputs: [[1, 2, 3]]
import torch
from typing import List, Union


def f(x: Union[List[int], int]) -> int:
    if isinstance(x, list):
        return sum(x)
    return x
