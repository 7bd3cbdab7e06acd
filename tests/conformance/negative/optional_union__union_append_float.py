# adapted from test/jit/test_union.py::TestUnion.test_union_does_not_replace_existing_annotated_type_union
import torch
from typing import List, Union


def f():
    x: List[Union[int, str]] = [1, "foo", 3]
    x.append(2.0)
    return x
