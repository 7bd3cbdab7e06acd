# adapted from test/jit/test_union.py::TestUnion.test_union_subclasses_larger_union
# inputs: []
import torch
from typing import Union


def f() -> Union[int, str, torch.Tensor]:
    x: Union[int, str] = "foo"
    return x
