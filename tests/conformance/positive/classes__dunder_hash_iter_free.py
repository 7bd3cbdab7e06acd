# adapted from test/jit/test_class_type.py::TestClassType.test_class_special_methods (__call__)
# inputs: [5]
import torch


@torch.jit.script
class Adder(object):
    def __init__(self, k: int):
        self.k = k

    def __call__(self, x: int) -> int:
        return x + self.k


def f(x: int) -> int:
    a = Adder(3)
    return a(x)
