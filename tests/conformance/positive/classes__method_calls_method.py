# adapted from test/jit/test_class_type.py::TestClassType.test_methods_calling_methods
# inputs: [2]
import torch


@torch.jit.script
class Calc(object):
    def __init__(self, base: int):
        self.base = base

    def sq(self, x: int) -> int:
        return x * x

    def go(self, x: int) -> int:
        return self.sq(x) + self.base


def f(x: int) -> int:
    return Calc(10).go(x)
