# adapted from test/jit/test_union.py::TestUnion.test_union_does_not_replace_existing_annotated_type
import torch
from typing import List


def f():
    x: List[int] = [1, 2, 3]
    x.append("foo")
    return x
