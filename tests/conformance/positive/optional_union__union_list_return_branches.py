# adapted from test/jit/test_union.py::TestUnion.test_union_branching_does_not_autoinfer_undeclared_union
# inputs: [True]
import torch
from typing import List, Union


def f(c: bool) -> Union[List[int], str]:
    x: Union[List[int], str] = "s"
    if c:
        x = [1, 2]
    return x
