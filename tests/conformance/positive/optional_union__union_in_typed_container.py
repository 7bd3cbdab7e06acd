# adapted from test/jit/test_union.py::TestUnion.test_union_as_annotation_in_typed_container
# inputs: []
import torch
from typing import List, Union


def f() -> List[Union[int, str]]:
    l: List[Union[int, str]] = []
    u1: Union[int, str] = "foo"
    u2: Union[int, str] = 1
    l.append(u1)
    l.append(u2)
    return l
