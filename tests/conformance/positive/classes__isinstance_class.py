# adapted from test/jit/test_isinstance.py / test_class_type.py::TestClassType.test_isinstance
# inputs: []
import torch
from typing import Tuple


@torch.jit.script
class A(object):
    def __init__(self):
        self.x = 1


@torch.jit.script
class B(object):
    def __init__(self):
        self.y = 2


def f() -> Tuple[bool, bool]:
    a = A()
    return isinstance(a, A), isinstance(a, B)
