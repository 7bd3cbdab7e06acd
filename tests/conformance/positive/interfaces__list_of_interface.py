# adapted from test/jit/test_class_type.py::TestClassType.test_interface (list of interface values)
# inputs: [3]
import torch
from typing import List


@torch.jit.interface
class Op(object):
    def apply(self, x: int) -> int:
        pass


@torch.jit.script
class AddOne(object):
    def __init__(self):
        pass

    def apply(self, x: int) -> int:
        return x + 1


@torch.jit.script
class Twice(object):
    def __init__(self):
        pass

    def apply(self, x: int) -> int:
        return x * 2


def f(x: int) -> int:
    ops: List[Op] = [AddOne(), Twice(), AddOne()]
    for op in ops:
        x = op.apply(x)
    return x
