# adapted from test/jit/test_class_type.py::TestClassType.test_reference_semantics
# inputs: []
import torch
from typing import Tuple


@torch.jit.script
class Box(object):
    def __init__(self, v: int):
        self.v = v


def mutate(b: Box):
    b.v = 99


def f() -> Tuple[int, int]:
    a = Box(1)
    b = a
    mutate(b)
    return a.v, b.v
