# adapted from test/jit/test_class_type.py::TestClassType.test_optional_type_promotion (1.13: an annotated `self.x: Optional[int] = None` in __init__ still types x as NoneType)
import torch
from typing import Optional


class Holder(object):
    def __init__(self):
        self.x: Optional[int] = None

    def set(self, v: int):
        self.x = v


def f(c: bool) -> int:
    h = Holder()
    if c:
        h.set(4)
    x = h.x
    if x is None:
        return 0
    return x
