# adapted from test/jit/test_union.py::TestUnion.test_union_as_annotation_py2
# inputs: []
import torch
from typing import Union


def f():
    # type: () -> Union[int, str]
    x: Union[int, str] = "foo"
    return x
