# adapted from test/jit/test_class_type.py::TestClassType.test_class_type_as_param (undecorated class used from script)
# inputs: [2.0]
import torch


class Scale(object):
    def __init__(self, s: float):
        self.s = s

    def apply(self, x: float) -> float:
        return x * self.s


def f(x: float) -> float:
    return Scale(3.0).apply(x)
