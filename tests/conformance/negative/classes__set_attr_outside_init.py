# adapted from test/jit/test_class_type.py::TestClassType.test_set_attr_non_initialized
import torch


class FooTest(object):
    def __init__(self, x: int):
        self.foo = x

    def set_non_initialized(self, y: int):
        self.bar = y


def f(x: int) -> int:
    o = FooTest(x)
    o.set_non_initialized(3)
    return o.foo
