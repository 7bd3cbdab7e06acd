# adapted from test/jit/test_union.py::TestUnion.test_union_type_refinement_tuple_rhs
# inputs: [2.5]
import torch
from typing import List, Union


def f(x: Union[int, float, List[str]]) -> str:
    if isinstance(x, (int, float)):
        return "number"
    return "list"
