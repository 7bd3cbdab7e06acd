# adapted from test/jit/test_class_type.py::TestClassType.test_optional_class_field
# inputs: [False]
import torch
from typing import Optional


@torch.jit.script
class Item(object):
    def __init__(self, v: int):
        self.v = v


def f(c: bool) -> int:
    x: Optional[Item] = None
    if c:
        x = Item(3)
    if x is None:
        return -1
    return x.v
